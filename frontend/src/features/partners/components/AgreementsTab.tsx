import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Loading } from "@/components/Loading";
import { ProblemAlert } from "@/components/ProblemAlert";
import { TextField } from "@/components/TextField";
import { newIdempotencyKey } from "@/lib/api/client";
import { fieldErrorsOf, isRetryable } from "@/lib/api/problem";
import { useTenantFormat } from "@/lib/current-user";
import { plainPercent } from "@/lib/partner-statement";
import { focusFirstInvalid } from "@/lib/validation";
import { useCreateAgreement, usePartnerAgreements } from "../api/partners";
import {
  emptyAgreementForm,
  toCreateAgreement,
  validateAgreement,
  type AgreementForm,
  type Problems,
} from "../model/partner-form";
import { messageAt } from "./problem-text";

const FIELDS = [
  "feePerUnit",
  "dailyQuota",
  "firstDay",
  "lastDay",
  "delayDeductionPercentPerDay",
  "complaintDeductionPercent",
  "technicalStandard",
] as const;

function CreateAgreementForm({ partnerId, onDone }: { partnerId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateAgreement(partnerId);
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<AgreementForm>(emptyAgreementForm);
  const [problems, setProblems] = useState<Problems>({});
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const server = fieldErrorsOf(create.error);
  const message = (path: string) => messageAt(t, problems, server, path);
  const set = (key: keyof AgreementForm) => (value: string) => setForm((current) => ({ ...current, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateAgreement(form);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current, Object.keys(found));
      return;
    }
    create.mutate(
      { body: toCreateAgreement(form), idempotencyKey },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (!isRetryable(error)) setIdempotencyKey(newIdempotencyKey());
        },
      },
    );
  }

  return (
    <form ref={formRef} className="panel panel--inner" onSubmit={submit} noValidate aria-label={t("partners.agreements.create")}>
      <div className="field-grid">
        <TextField
          label={t("partners.fields.feePerUnit")}
          name="feePerUnit"
          inputMode="decimal"
          value={form.feePerUnit}
          suffix={t("partners.agreements.perUnit")}
          error={message("feePerUnit")}
          onChange={set("feePerUnit")}
        />
        <TextField
          label={t("partners.fields.dailyQuota")}
          name="dailyQuota"
          inputMode="numeric"
          value={form.dailyQuota}
          hint={t("partners.agreements.defaultHint")}
          error={message("dailyQuota")}
          onChange={set("dailyQuota")}
        />
        <TextField label={t("partners.fields.firstDay")} name="firstDay" type="date" value={form.firstDay} error={message("firstDay")} onChange={set("firstDay")} />
        <TextField label={t("partners.fields.lastDay")} name="lastDay" type="date" value={form.lastDay} error={message("lastDay")} onChange={set("lastDay")} />
        <TextField
          label={t("partners.fields.delayPercent")}
          name="delayDeductionPercentPerDay"
          inputMode="decimal"
          suffix="%"
          value={form.delayDeductionPercentPerDay}
          hint={t("partners.agreements.defaultHint")}
          error={message("delayDeductionPercentPerDay")}
          onChange={set("delayDeductionPercentPerDay")}
        />
        <TextField
          label={t("partners.fields.complaintPercent")}
          name="complaintDeductionPercent"
          inputMode="decimal"
          suffix="%"
          value={form.complaintDeductionPercent}
          hint={t("partners.agreements.defaultHint")}
          error={message("complaintDeductionPercent")}
          onChange={set("complaintDeductionPercent")}
        />
      </div>
      <TextField
        label={t("partners.fields.technicalStandard")}
        name="technicalStandard"
        rows={4}
        className="field--block"
        inputClassName="input--full"
        value={form.technicalStandard}
        error={message("technicalStandard")}
        onChange={set("technicalStandard")}
      />
      <ProblemAlert error={create.error} displayedFields={new Set(FIELDS)} />
      <button type="submit" className="button button--primary" disabled={create.isPending}>
        {create.isPending ? t("common.saving") : t("partners.agreements.submit")}
      </button>
    </form>
  );
}

/** The partner's agreements (协议): fee per unit, daily quota, period and the deduction percentages. */
export function AgreementsTab({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const agreements = usePartnerAgreements(partnerId);
  const [creating, setCreating] = useState(false);
  return (
    <section className="panel" aria-label={t("partners.tabs.agreements")}>
      <div className="action-bar">
        <button type="button" className="button" aria-expanded={creating} onClick={() => setCreating(!creating)}>
          {creating ? t("common.cancel") : t("partners.agreements.create")}
        </button>
      </div>
      {creating && <CreateAgreementForm partnerId={partnerId} onDone={() => setCreating(false)} />}
      {agreements.isPending && <Loading />}
      {agreements.isError && <ProblemAlert error={agreements.error} />}
      {agreements.data && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t("partners.tabs.agreements")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("partners.fields.period")}</th>
                <th scope="col">{t("partners.fields.feePerUnit")}</th>
                <th scope="col">{t("partners.fields.dailyQuota")}</th>
                <th scope="col">{t("partners.fields.delayPercent")}</th>
                <th scope="col">{t("partners.fields.complaintPercent")}</th>
                <th scope="col">{t("partners.fields.technicalStandard")}</th>
              </tr>
            </thead>
            <tbody>
              {agreements.data.length === 0 ? (
                <tr>
                  <td colSpan={6} className="empty">
                    {t("common.noItems")}
                  </td>
                </tr>
              ) : (
                agreements.data.map((agreement) => (
                  <tr key={agreement.id}>
                    <td className="nowrap">
                      {agreement.firstDay} – {agreement.lastDay}
                    </td>
                    <td className="nowrap">{format.money(agreement.feePerUnit)}</td>
                    <td>{agreement.dailyQuota}</td>
                    <td>{plainPercent(agreement.delayDeductionPercentPerDay)}%</td>
                    <td>{plainPercent(agreement.complaintDeductionPercent)}%</td>
                    <td className="cell--clip" title={agreement.technicalStandard}>
                      {agreement.technicalStandard ?? <span className="muted">—</span>}
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
