import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "@/components/Field";
import { PeoplePicker } from "@/components/PeoplePicker";
import { ProblemAlert } from "@/components/ProblemAlert";
import { TextField } from "@/components/TextField";
import { newIdempotencyKey } from "@/lib/api/client";
import { fieldErrorsOf, isRetryable } from "@/lib/api/problem";
import { useInstallerDirectory, useServicePointDirectory } from "@/lib/directory";
import { focusFirstInvalid } from "@/lib/validation";
import { useCreateSecondment } from "../api/secondments";
import {
  emptySecondmentForm,
  toCreateSecondment,
  validateSecondment,
  type Problems,
  type SecondmentForm,
} from "../model/secondment-form";

const FIELDS = new Set(["personIds", "lendingServicePointId", "borrowingServicePointId", "firstDay", "lastDay", "note"]);

/** Lending installers (借调) from one service point to another for some days. */
export function CreateSecondmentForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateSecondment();
  const installers = useInstallerDirectory();
  const points = useServicePointDirectory();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<SecondmentForm>(emptySecondmentForm);
  const [problems, setProblems] = useState<Problems>({});
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const server = fieldErrorsOf(create.error);
  const message = (path: string) => {
    const problem = problems[path];
    if (problem === "required") return t("validation.required");
    if (problem) return t(`secondments.problems.${problem}`);
    return server[path] ?? Object.entries(server).find(([key]) => key.startsWith(`${path}[`))?.[1];
  };
  const set = <K extends keyof SecondmentForm>(key: K) => (value: SecondmentForm[K]) =>
    setForm((current) => ({ ...current, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateSecondment(form);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current, Object.keys(found));
      return;
    }
    create.mutate(
      { body: toCreateSecondment(form), idempotencyKey },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (!isRetryable(error)) setIdempotencyKey(newIdempotencyKey());
        },
      },
    );
  }

  const pointSelect = (key: "lendingServicePointId" | "borrowingServicePointId") => (
    <Field label={t(`secondments.fields.${key}`)} error={message(key)}>
      {(props) => (
        <select {...props} name={key} className="input" value={form[key]} onChange={(event) => set(key)(event.target.value)}>
          <option value="">{t("secondments.create.choosePoint")}</option>
          {(points.data ?? []).map((point) => (
            <option key={point.id} value={point.id}>
              {point.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <form ref={formRef} className="panel" onSubmit={submit} noValidate aria-label={t("secondments.create.title")}>
      <h2 className="panel__title">{t("secondments.create.title")}</h2>
      <div className="field-grid">
        {pointSelect("lendingServicePointId")}
        {pointSelect("borrowingServicePointId")}
        <TextField label={t("secondments.fields.firstDay")} name="firstDay" type="date" value={form.firstDay} error={message("firstDay")} onChange={set("firstDay")} />
        <TextField label={t("secondments.fields.lastDay")} name="lastDay" type="date" value={form.lastDay} error={message("lastDay")} onChange={set("lastDay")} />
      </div>
      <PeoplePicker
        label={t("secondments.fields.people")}
        name="personIds"
        options={installers.data ?? []}
        selected={form.personIds}
        error={message("personIds")}
        onChange={set("personIds")}
      />
      <TextField label={t("secondments.fields.note")} name="note" rows={2} className="field--block" inputClassName="input--full" value={form.note} error={message("note")} onChange={set("note")} />
      <p className="field__hint">{t("secondments.create.chargeHint")}</p>
      <ProblemAlert error={create.error ?? installers.error ?? points.error} displayedFields={FIELDS} />
      <div className="form-footer__bar">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? t("common.saving") : t("secondments.create.submit")}
        </button>
      </div>
    </form>
  );
}
