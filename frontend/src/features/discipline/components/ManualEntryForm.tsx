import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "@/components/Field";
import { InstallerSelect } from "@/components/InstallerSelect";
import { ProblemAlert } from "@/components/ProblemAlert";
import { TextField } from "@/components/TextField";
import { newIdempotencyKey } from "@/lib/api/client";
import { fieldErrorsOf, isRetryable } from "@/lib/api/problem";
import { useTenantFormat } from "@/lib/current-user";
import { focusFirstInvalid } from "@/lib/validation";
import { useCreateManualEntry, type DisciplineEntry, type DisciplineKind } from "../api/discipline";
import {
  DISCIPLINE_KINDS,
  carriesAmount,
  emptyManualEntryForm,
  toManualEntry,
  validateManualEntry,
  type DisciplineProblem,
  type ManualEntryForm as ManualEntryFormState,
} from "../model/discipline";

const FIELDS = new Set(["installerId", "kind", "amount", "description", "occurredOn"]);

/** An entry the manager makes by hand (any other breach, a reward, a cost): confirmed at once. */
export function ManualEntryForm({ onCreated }: { onCreated: (entry: DisciplineEntry) => void }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const create = useCreateManualEntry();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<ManualEntryFormState>(emptyManualEntryForm);
  const [problems, setProblems] = useState<Record<string, DisciplineProblem>>({});
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const server = fieldErrorsOf(create.error);

  function message(path: string): string | undefined {
    const problem = problems[path];
    if (problem === undefined) return server[path];
    return problem === "required" ? t("validation.required") : t(`discipline.errors.${problem}`);
  }

  function update(change: Partial<ManualEntryFormState>, ...cleared: string[]) {
    setForm((current) => ({ ...current, ...change }));
    setProblems((current) => {
      const next = { ...current };
      cleared.forEach((path) => delete next[path]);
      return next;
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateManualEntry(form, format.today());
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current, Object.keys(found));
      return;
    }
    create.mutate(
      { body: toManualEntry(form), idempotencyKey },
      {
        onSuccess: (created) => {
          setForm(emptyManualEntryForm());
          setIdempotencyKey(newIdempotencyKey());
          onCreated(created);
        },
        onError: (error) => {
          if (!isRetryable(error)) setIdempotencyKey(newIdempotencyKey());
        },
      },
    );
  }

  return (
    <form ref={formRef} className="panel" onSubmit={submit} noValidate aria-label={t("discipline.manual.title")}>
      <h2 className="panel__title">{t("discipline.manual.title")}</h2>
      <p className="panel__description">{t("discipline.manual.description")}</p>
      <div className="field-grid">
        <InstallerSelect
          label={t("discipline.fields.installer")}
          name="installerId"
          value={form.installerId}
          emptyLabel={t("discipline.choose")}
          error={message("installerId")}
          onChange={(installerId) => update({ installerId }, "installerId")}
        />
        <Field label={t("discipline.fields.kind")} error={message("kind")}>
          {(props) => (
            <select
              {...props}
              name="kind"
              className="input"
              value={form.kind}
              onChange={(event) => update({ kind: event.target.value as DisciplineKind | "" }, "kind", "amount")}
            >
              <option value="">{t("discipline.choose")}</option>
              {DISCIPLINE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`discipline.kind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {form.kind !== "" && carriesAmount(form.kind) && (
          <TextField
            label={t("discipline.fields.amount")}
            name="amount"
            inputMode="decimal"
            inputClassName="input--number"
            suffix={format.currency}
            hint={form.kind === "FINE" ? t("discipline.manual.fineHint") : undefined}
            value={form.amount}
            error={message("amount")}
            onChange={(amount) => update({ amount }, "amount")}
          />
        )}
        <TextField
          label={t("discipline.fields.occurredOn")}
          name="occurredOn"
          type="date"
          hint={t("discipline.manual.occurredOnHint")}
          value={form.occurredOn}
          error={message("occurredOn")}
          onChange={(occurredOn) => update({ occurredOn }, "occurredOn")}
        />
      </div>
      <TextField
        label={t("discipline.fields.description")}
        name="description"
        rows={3}
        className="field--block"
        inputClassName="input--full"
        value={form.description}
        error={message("description")}
        onChange={(description) => update({ description }, "description")}
      />
      <ProblemAlert error={create.error} displayedFields={FIELDS} />
      <div className="form-footer__bar">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? t("common.saving") : t("discipline.manual.submit")}
        </button>
      </div>
    </form>
  );
}
