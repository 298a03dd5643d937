import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PhoneLink } from "@/components/PhoneLink";
import { PromiseBadge } from "@/components/PromiseBadge";
import { useTenantFormat } from "@/lib/current-user";
import type { Complaint } from "../api/complaints";
import { ComplaintStatusBadge } from "./ComplaintStatusBadge";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children ?? <span className="muted">—</span>}</dd>
    </>
  );
}

function By({ at, by }: { at: string | undefined; by: string | undefined }) {
  const format = useTenantFormat();
  if (!at) return null;
  return (
    <span className="muted small">
      {" "}
      {format.dateTime(at)} {by}
    </span>
  );
}

/** Everything about one complaint: how it came in, about whom, the answer's deadline, and each decision with its note. */
export function ComplaintFacts({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  return (
    <section className="panel" aria-labelledby="complaint-facts-title">
      <h2 id="complaint-facts-title" className="panel__title">
        {t("complaints.detail.facts")}
      </h2>
      <dl className="facts facts--columns">
        <Fact label={t("complaints.fields.status")}>
          <ComplaintStatusBadge status={complaint.status} />
          {complaint.verified && complaint.status === "CLOSED" && <span className="chip">{t("complaints.verifiedChip")}</span>}
        </Fact>
        <Fact label={t("complaints.fields.category")}>{t(`complaints.category.${complaint.category}`)}</Fact>
        <Fact label={t("complaints.fields.channel")}>{t(`complaints.channel.${complaint.channel}`)}</Fact>
        <Fact label={t("complaints.fields.receivedAt")}>
          {format.dateTime(complaint.receivedAt)} <span className="muted">{complaint.createdBy}</span>
        </Fact>
        <Fact label={t("complaints.fields.installer")}>{complaint.installerName ?? null}</Fact>
        <Fact label={t("complaints.fields.workOrder")}>
          {complaint.workOrderId ? (
            <Link to={`/work-orders/${complaint.workOrderId}`}>{complaint.workOrderNumber ?? t("complaints.openWorkOrder")}</Link>
          ) : null}
        </Fact>
        <Fact label={t("complaints.fields.customer")}>
          {complaint.customerId ? <Link to={`/customers/${complaint.customerId}`}>{complaint.customerName ?? complaint.customerId}</Link> : null}
        </Fact>
        <Fact label={t("complaints.fields.complainant")}>
          {complaint.complainantName || complaint.complainantPhone ? (
            <>
              {complaint.complainantName} {complaint.complainantPhone && <PhoneLink phone={complaint.complainantPhone} />}
            </>
          ) : null}
        </Fact>
        <Fact label={t("complaints.fields.answerDeadline")}>{complaint.promise ? <PromiseBadge promise={complaint.promise} /> : null}</Fact>
        {complaint.investigationNote && (
          <Fact label={t("complaints.fields.investigationNote")}>{complaint.investigationNote}</Fact>
        )}
        {complaint.decidedAt && (
          <Fact label={t("complaints.fields.decision")}>
            {t(complaint.verified ? "complaints.decision.verified" : "complaints.decision.rejected")}
            {complaint.decisionNote && <> — {complaint.decisionNote}</>}
            <By at={complaint.decidedAt} by={complaint.decidedBy} />
          </Fact>
        )}
        {complaint.customerAnswer && <Fact label={t("complaints.fields.customerAnswer")}>{complaint.customerAnswer}</Fact>}
        {complaint.remedialAction && (
          <Fact label={t("complaints.fields.remedialAction")}>
            {complaint.remedialAction}
            <By at={complaint.closedAt} by={complaint.closedBy} />
          </Fact>
        )}
      </dl>
      <p className="description">{complaint.description}</p>
    </section>
  );
}
