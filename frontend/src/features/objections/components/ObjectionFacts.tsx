import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PhoneLink } from "@/components/PhoneLink";
import { PromiseBadge } from "@/components/PromiseBadge";
import { useTenantFormat } from "@/lib/current-user";
import type { Objection } from "../api/objections";
import { EscalatedBadge, ObjectionStatusBadge } from "./ObjectionStatusBadge";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children ?? <span className="muted">—</span>}</dd>
    </>
  );
}

/** Everything about one objection: whose, from where, the deadline of the commitment, and what was done. */
export function ObjectionFacts({ objection }: { objection: Objection }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  return (
    <section className="panel" aria-labelledby="objection-facts-title">
      <h2 id="objection-facts-title" className="panel__title">
        {t("objections.detail.facts")}
      </h2>
      <dl className="facts facts--columns">
        <Fact label={t("objections.fields.status")}>
          <ObjectionStatusBadge status={objection.status} />
          {objection.escalated && <EscalatedBadge />}
          {objection.escalatedAt && <span className="muted small"> {format.dateTime(objection.escalatedAt)}</span>}
        </Fact>
        <Fact label={t("objections.fields.source")}>{t(`objections.source.${objection.source}`)}</Fact>
        <Fact label={t("objections.fields.customer")}>
          <Link to={`/customers/${objection.customerId}`}>{objection.customerName}</Link>{" "}
          <PhoneLink phone={objection.customerPhone} />
        </Fact>
        <Fact label={t("objections.fields.workOrder")}>
          {objection.workOrderId ? <Link to={`/work-orders/${objection.workOrderId}`}>{t("objections.openWorkOrder")}</Link> : null}
        </Fact>
        <Fact label={t("objections.fields.createdAt")}>
          {format.dateTime(objection.createdAt)} <span className="muted">{objection.createdBy}</span>
        </Fact>
        <Fact label={t("objections.fields.deadline")}>
          {objection.promise ? <PromiseBadge promise={objection.promise} /> : null}
        </Fact>
        {objection.followUpId && (
          <Fact label={t("objections.fields.followUp")}>
            <Link to={`/follow-ups/${objection.followUpId}`}>{t("objections.openFollowUp")}</Link>
          </Fact>
        )}
        {objection.commitment && (
          <Fact label={t("objections.fields.commitment")}>
            {objection.commitment}
            {objection.committedAt && (
              <span className="muted small">
                {" "}
                {format.dateTime(objection.committedAt)} {objection.committedBy}
              </span>
            )}
          </Fact>
        )}
        {objection.resolution && (
          <Fact label={t("objections.fields.resolution")}>
            {objection.resolution}
            {objection.customerInformedVia && (
              <span className="chip">{t("objections.informedVia", { via: t(`objections.via.${objection.customerInformedVia}`) })}</span>
            )}
            {objection.resolvedAt && (
              <span className="muted small">
                {" "}
                {format.dateTime(objection.resolvedAt)} {objection.resolvedBy}
              </span>
            )}
          </Fact>
        )}
      </dl>
      <p className="description">{objection.description}</p>
    </section>
  );
}
