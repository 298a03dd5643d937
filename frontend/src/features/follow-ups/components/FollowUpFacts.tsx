import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PhoneLink } from "@/components/PhoneLink";
import { PromiseBadge } from "@/components/PromiseBadge";
import { useTenantFormat } from "@/lib/current-user";
import type { FollowUp } from "../api/follow-ups";
import { QUESTIONS } from "../model/attempt-form";
import { FollowUpStatusBadge } from "./FollowUpStatusBadge";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children ?? <span className="muted">—</span>}</dd>
    </>
  );
}

/** Whom to call about what, when, how often it was tried, and once done what the customer said. */
export function FollowUpFacts({ followUp }: { followUp: FollowUp }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const answers = followUp.answers;
  return (
    <section className="panel" aria-labelledby="follow-up-facts-title">
      <h2 id="follow-up-facts-title" className="panel__title">
        {t("followUps.detail.facts")}
      </h2>
      <dl className="facts facts--columns">
        <Fact label={t("followUps.fields.status")}>
          <FollowUpStatusBadge status={followUp.status} />
        </Fact>
        <Fact label={t("followUps.fields.kind")}>{t(`followUps.kind.${followUp.kind}`)}</Fact>
        <Fact label={t("followUps.fields.customer")}>
          <Link to={`/customers/${followUp.customerId}`}>{followUp.customerName}</Link>{" "}
          <PhoneLink phone={followUp.customerPhone} />
        </Fact>
        <Fact label={t("followUps.fields.workOrder")}>
          {followUp.workOrderId ? (
            <Link to={`/work-orders/${followUp.workOrderId}`}>{followUp.workOrderNumber ?? t("followUps.openWorkOrder")}</Link>
          ) : null}
        </Fact>
        <Fact label={t("followUps.fields.dueAt")}>{format.dateTime(followUp.dueAt)}</Fact>
        <Fact label={t("followUps.fields.nextAttemptAt")}>
          {followUp.status === "OPEN" ? format.dateTime(followUp.nextAttemptAt) : null}
        </Fact>
        <Fact label={t("followUps.fields.attempts")}>{followUp.attempts}</Fact>
        <Fact label={t("followUps.fields.promise")}>
          {followUp.promise ? <PromiseBadge promise={followUp.promise} /> : null}
        </Fact>
        {followUp.completedAt && (
          <Fact label={t("followUps.fields.completedAt")}>
            {format.dateTime(followUp.completedAt)} <span className="muted">{followUp.completedBy}</span>
          </Fact>
        )}
        {answers && (
          <Fact label={t("followUps.fields.answers")}>
            {QUESTIONS.map((question) => `${t(`followUps.questions.${question}`)} ${answers[question]}`).join(" · ")}
          </Fact>
        )}
        {followUp.suggestions && <Fact label={t("followUps.fields.suggestions")}>{followUp.suggestions}</Fact>}
      </dl>
    </section>
  );
}
