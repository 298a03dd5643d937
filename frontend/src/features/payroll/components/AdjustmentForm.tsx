import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "@/components/Field";
import { ProblemAlert, ProblemExplanation } from "@/components/ProblemAlert";
import { TextField } from "@/components/TextField";
import { ApiError, fieldErrorsOf } from "@/lib/api/problem";
import { useTenantFormat } from "@/lib/current-user";
import { useAddAdjustment, type PayrollRow } from "../api/payroll";
import { emptyAdjustmentForm, toAdjustment, validateAdjustment, type AdjustmentForm as AdjustmentFormState, type AdjustmentProblem } from "../model/payroll";

const FIELDS = new Set(["personId", "amount", "reason"]);

interface AdjustmentFormProps {
  month: string;
  people: readonly PayrollRow[];
  /** The person the drill-down shows, chosen first. */
  personId: string | null;
  locked: boolean;
}

/** A correction paid in this month: positive pays more, negative deducts. Refused once the month is locked. */
export function AdjustmentForm({ month, people, personId, locked }: AdjustmentFormProps) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const add = useAddAdjustment(month);
  const [form, setForm] = useState<AdjustmentFormState>(() => emptyAdjustmentForm(personId ?? ""));
  const [problems, setProblems] = useState<Record<string, AdjustmentProblem>>({});
  const [saved, setSaved] = useState(false);
  const server = fieldErrorsOf(add.error);

  function message(path: string) {
    const problem = problems[path];
    if (problem === undefined) return server[path];
    return problem === "required" ? t("validation.required") : t(`payroll.errors.${problem}`);
  }

  function update(change: Partial<AdjustmentFormState>, path: string) {
    setForm((current) => ({ ...current, ...change }));
    setProblems(({ [path]: _cleared, ...rest }) => rest);
    setSaved(false);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateAdjustment(form);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    add.mutate(toAdjustment(form), {
      onSuccess: () => {
        setForm(emptyAdjustmentForm(form.personId));
        setSaved(true);
      },
    });
  }

  // A month locked meanwhile answers 409 with the reason; say it in the server's words.
  const conflict = add.error instanceof ApiError && add.error.status === 409 ? add.error : null;

  return (
    <form className="panel" onSubmit={submit} noValidate aria-label={t("payroll.adjustment.title")}>
      <h2 className="panel__title">{t("payroll.adjustment.title")}</h2>
      <p className="panel__description">{locked ? t("payroll.adjustment.lockedHint") : t("payroll.adjustment.hint")}</p>
      <fieldset disabled={locked} className="stack" style={{ border: 0, padding: 0, margin: 0 }}>
        <div className="field-grid">
          <Field label={t("payroll.adjustment.person")} error={message("personId")}>
            {(props) => (
              <select {...props} name="personId" className="input" value={form.personId} onChange={(event) => update({ personId: event.target.value }, "personId")}>
                <option value="">{t("payroll.adjustment.choosePerson")}</option>
                {people
                  .filter((row) => row.personId)
                  .map((row) => (
                    <option key={row.personId} value={row.personId}>
                      {row.name}
                    </option>
                  ))}
              </select>
            )}
          </Field>
          <TextField
            label={t("payroll.adjustment.amount")}
            name="amount"
            inputMode="decimal"
            inputClassName="input--number"
            suffix={format.currency}
            hint={t("payroll.adjustment.amountHint")}
            value={form.amount}
            error={message("amount")}
            onChange={(amount) => update({ amount }, "amount")}
          />
        </div>
        <TextField
          label={t("payroll.adjustment.reason")}
          name="reason"
          rows={2}
          className="field--block"
          inputClassName="input--full"
          value={form.reason}
          error={message("reason")}
          onChange={(reason) => update({ reason }, "reason")}
        />
        {conflict ? (
          <div className="alert alert--error" role="alert">
            <p className="alert__headline">{t("payroll.adjustment.refused")}</p>
            <ProblemExplanation error={conflict} />
          </div>
        ) : (
          <ProblemAlert error={add.error} displayedFields={FIELDS} />
        )}
        {saved && (
          <p className="alert alert--ok" role="status">
            {t("payroll.adjustment.saved")}
          </p>
        )}
        <div className="form-footer__bar">
          <button type="submit" className="button button--primary" disabled={locked || add.isPending}>
            {add.isPending ? t("common.saving") : t("payroll.adjustment.submit")}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
