import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { CustomerSearch } from "@/components/CustomerSearch";
import { ProblemAlert } from "@/components/ProblemAlert";
import { TextField } from "@/components/TextField";
import { newIdempotencyKey } from "@/lib/api/client";
import { fieldErrorsOf, isRetryable } from "@/lib/api/problem";
import { focusFirstInvalid } from "@/lib/validation";
import { useCreateObjection, type Objection } from "../api/objections";
import {
  emptyCreateObjectionForm,
  toCreateObjection,
  validateCreateObjection,
  type CreateObjectionForm as CreateObjectionFormState,
  type ObjectionProblem,
} from "../model/objection-form";

const FIELDS = new Set(["customerId", "workOrderId", "description"]);

interface CreateObjectionFormProps {
  /** Filled in when the page is opened from a customer or a work order. */
  prefill?: Partial<CreateObjectionFormState>;
  onCreated: (objection: Objection) => void;
}

/** A customer disputes an outcome by phone, letter or visit: who, about which order, and what they say. */
export function CreateObjectionForm({ prefill, onCreated }: CreateObjectionFormProps) {
  const { t } = useTranslation();
  const create = useCreateObjection();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<CreateObjectionFormState>(() => emptyCreateObjectionForm(prefill));
  const [problems, setProblems] = useState<Record<string, ObjectionProblem>>({});
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const server = fieldErrorsOf(create.error);

  function message(path: string): string | undefined {
    const problem = problems[path];
    if (problem === "uuid") return t("objections.create.workOrderIdInvalid");
    return problem ? t(`validation.${problem}`) : server[path];
  }

  function update(change: Partial<CreateObjectionFormState>, ...cleared: string[]) {
    setForm((current) => ({ ...current, ...change }));
    setProblems((current) => {
      const next = { ...current };
      cleared.forEach((path) => delete next[path]);
      return next;
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateCreateObjection(form);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current, Object.keys(found));
      return;
    }
    create.mutate(
      { body: toCreateObjection(form), idempotencyKey },
      {
        onSuccess: (created) => onCreated(created),
        onError: (error) => {
          if (!isRetryable(error)) setIdempotencyKey(newIdempotencyKey());
        },
      },
    );
  }

  return (
    <form ref={formRef} className="panel" onSubmit={submit} noValidate aria-label={t("objections.create.title")}>
      <div className="field-grid field-grid--wide">
        <CustomerSearch
          label={t("objections.fields.customer")}
          name="customerId"
          customerId={form.customerId}
          placeholder={t("customerSearch.placeholder")}
          error={message("customerId")}
          autoFocus={!form.customerId}
          onChange={(customer) => update({ customerId: customer?.id ?? "" }, "customerId", "workOrderId")}
        />
        <TextField
          label={t("objections.fields.workOrderId")}
          name="workOrderId"
          value={form.workOrderId}
          hint={t("objections.create.workOrderIdHint")}
          inputClassName="input--wide mono"
          error={message("workOrderId")}
          onChange={(workOrderId) => update({ workOrderId }, "workOrderId")}
        />
      </div>
      <TextField
        label={t("objections.fields.description")}
        name="description"
        rows={4}
        className="field--block"
        inputClassName="input--full"
        placeholder={t("objections.create.descriptionPlaceholder")}
        value={form.description}
        error={message("description")}
        onChange={(description) => update({ description }, "description")}
      />
      <p className="field__hint">{t("objections.create.promiseHint")}</p>
      <ProblemAlert error={create.error} displayedFields={FIELDS} />
      <div className="form-footer__bar">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? t("common.saving") : t("objections.create.submit")}
        </button>
      </div>
    </form>
  );
}
