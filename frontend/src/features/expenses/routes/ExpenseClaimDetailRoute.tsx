import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { CheckboxField } from "@/components/CheckboxField";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { TextField } from "@/components/TextField";
import { fieldErrorsOf } from "@/lib/api/problem";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { nameIn, useInstallerDirectory } from "@/lib/directory";
import { isBlank } from "@/lib/validation";
import { useClaimStep, useExpenseClaim, type ExpenseClaim } from "../api/expenses";
import { ClaimStatusBadge } from "../components/ClaimStatusBadge";
import { claimFlags, claimSteps } from "../model/claim-form";

function ClaimDecision({ claim }: { claim: ExpenseClaim }) {
  const { t } = useTranslation();
  const step = useClaimStep(claim);
  const [acceptAboveCap, setAcceptAboveCap] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const server = fieldErrorsOf(step.error);
  const steps = claimSteps(claim.status);
  const flags = claimFlags(claim);
  if (steps.length === 0) return null;

  function reject(event: FormEvent) {
    event.preventDefault();
    if (isBlank(reason)) {
      setMissing(true);
      return;
    }
    step.mutate({ step: "reject", reason: reason.trim() });
  }

  return (
    <section className="panel" aria-label={t("expenses.detail.decision")}>
      <h2 className="panel__title">{t("expenses.detail.decision")}</h2>
      {steps.includes("approve") && flags.aboveCap > 0 && (
        <CheckboxField name="acceptAboveCap" label={t("expenses.detail.acceptAboveCap")} checked={acceptAboveCap} onChange={setAcceptAboveCap} />
      )}
      <div className="action-bar">
        {steps.includes("approve") && (
          <button type="button" className="button button--primary" disabled={step.isPending} onClick={() => step.mutate({ step: "approve", acceptAboveCap })}>
            {t("expenses.actions.approve")}
          </button>
        )}
        {steps.includes("reject") && (
          <button type="button" className="button" aria-expanded={rejecting} onClick={() => setRejecting(!rejecting)}>
            {t("expenses.actions.reject")}
          </button>
        )}
        {steps.includes("paid") && (
          <button type="button" className="button button--primary" disabled={step.isPending} onClick={() => step.mutate({ step: "paid" })}>
            {t("expenses.actions.paid")}
          </button>
        )}
      </div>
      {rejecting && (
        <form className="action" onSubmit={reject} noValidate aria-label={t("expenses.actions.reject")}>
          <TextField
            label={t("expenses.fields.rejectReason")}
            name="reason"
            rows={2}
            className="field--block"
            inputClassName="input--full"
            value={reason}
            error={missing ? t("validation.required") : server.reason}
            onChange={(value) => {
              setReason(value);
              setMissing(false);
            }}
          />
          <button type="submit" className="button button--danger" disabled={step.isPending}>
            {t("expenses.actions.rejectSubmit")}
          </button>
        </form>
      )}
      <ProblemAlert error={step.error} displayedFields={new Set(["reason"])} />
    </section>
  );
}

/** One claim: its receipts with the flags to check (duplicate receipt numbers, lodging above the cap). */
export function ExpenseClaimDetailRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const format = useTenantFormat();
  const { claimId = "" } = useParams();
  const detail = useExpenseClaim(claimId);
  const office = me.roles.includes("manager") || me.roles.includes("dispatcher");
  const installers = useInstallerDirectory(office);
  const claim = detail.data;
  return (
    <>
      <PageHeader
        title={claim?.number ?? t("expenses.detail.title")}
        actions={
          <Link to="/expense-claims" className="button">
            {t("expenses.back")}
          </Link>
        }
      />
      {detail.isPending && <Loading />}
      {detail.isError && <ProblemAlert error={detail.error} />}
      {claim && (
        <>
          <section className="panel" aria-label={t("expenses.detail.facts")}>
            <dl className="facts facts--columns">
              <dt>{t("expenses.fields.status")}</dt>
              <dd>
                <ClaimStatusBadge status={claim.status} />
              </dd>
              <dt>{t("expenses.fields.person")}</dt>
              <dd>{claim.personId === me.userId ? me.displayName : nameIn(installers.data, claim.personId)}</dd>
              <dt>{t("expenses.fields.trip")}</dt>
              <dd>
                <Link to={`/trips/${claim.tripId}`}>{t("expenses.detail.openTrip")}</Link>
              </dd>
              <dt>{t("expenses.fields.submittedAt")}</dt>
              <dd>
                {format.dateTime(claim.submittedAt)} <span className="muted small">{claim.submittedBy}</span>
              </dd>
              <dt>{t("expenses.fields.total")}</dt>
              <dd className="strong">{format.money(claim.total)}</dd>
              {claim.reimbursed && (
                <>
                  <dt>{t("expenses.fields.reimbursed")}</dt>
                  <dd>
                    {format.money(claim.reimbursed)} {claim.payMonth && <span className="muted small">{t("expenses.detail.payMonth", { month: claim.payMonth })}</span>}
                  </dd>
                </>
              )}
              {claim.decidedAt && (
                <>
                  <dt>{t("expenses.fields.decided")}</dt>
                  <dd>
                    {format.dateTime(claim.decidedAt)} {claim.decidedBy} {claim.decisionReason && `· ${claim.decisionReason}`}
                  </dd>
                </>
              )}
            </dl>
          </section>
          <section className="panel" aria-label={t("expenses.detail.receipts")}>
            <h2 className="panel__title">{t("expenses.detail.receipts")}</h2>
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">{t("expenses.detail.receipts")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("expenses.fields.category")}</th>
                    <th scope="col">{t("expenses.fields.amount")}</th>
                    <th scope="col">{t("expenses.fields.date")}</th>
                    <th scope="col">{t("expenses.fields.place")}</th>
                    <th scope="col">{t("expenses.fields.receiptNumber")}</th>
                    <th scope="col">{t("expenses.fields.flags")}</th>
                  </tr>
                </thead>
                <tbody>
                  {claim.receipts.map((receipt) => (
                    <tr key={receipt.position}>
                      <td>{t(`expenses.category.${receipt.category}`)}</td>
                      <td className="nowrap">{format.money(receipt.amount)}</td>
                      <td className="nowrap">{receipt.date}</td>
                      <td>{receipt.place}</td>
                      <td className="mono">{receipt.receiptNumber}</td>
                      <td>
                        {receipt.duplicateOf && (
                          <span className="badge badge--late">{t("expenses.flags.duplicateOf", { number: receipt.duplicateOf })}</span>
                        )}
                        {receipt.aboveCap && <span className="badge badge--late">{t("expenses.flags.lodgingAboveCap")}</span>}
                        {receipt.overrideReason && (
                          <span className="badge badge--assigned" title={receipt.overrideReason}>
                            {t("expenses.flags.overridden", { by: receipt.overriddenBy ?? "", reason: receipt.overrideReason })}
                          </span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          {me.roles.includes("manager") && <ClaimDecision key={claim.version} claim={claim} />}
        </>
      )}
    </>
  );
}
