import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PhoneLink } from "@/components/PhoneLink";
import { PromiseBadge } from "@/components/PromiseBadge";
import { useTenantFormat } from "@/lib/current-user";
import { useNow } from "@/lib/use-now";
import type { FollowUp } from "../api/follow-ups";
import { isDue } from "../model/worklist";
import { FollowUpStatusBadge } from "./FollowUpStatusBadge";

/** The worklist in a dense table: whom to call about which order, when, how often tried, and the promise. */
export function FollowUpTable({ followUps, caption }: { followUps: readonly FollowUp[]; caption: string }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const now = useNow();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("followUps.fields.number")}</th>
            <th scope="col">{t("followUps.fields.kind")}</th>
            <th scope="col">{t("followUps.fields.customer")}</th>
            <th scope="col">{t("followUps.fields.workOrder")}</th>
            <th scope="col">{t("followUps.fields.nextAttemptAt")}</th>
            <th scope="col">{t("followUps.fields.attempts")}</th>
            <th scope="col">{t("followUps.fields.status")}</th>
            <th scope="col">{t("followUps.fields.promise")}</th>
          </tr>
        </thead>
        <tbody>
          {followUps.length === 0 ? (
            <tr>
              <td colSpan={8} className="empty">
                {t("followUps.empty")}
              </td>
            </tr>
          ) : (
            followUps.map((followUp) => (
              <tr key={followUp.id}>
                <td className="nowrap">
                  <Link to={`/follow-ups/${followUp.id}`} className="strong">
                    {followUp.number}
                  </Link>
                </td>
                <td className="nowrap">{t(`followUps.kind.${followUp.kind}`)}</td>
                <td>
                  {followUp.customerName} <PhoneLink phone={followUp.customerPhone} />
                </td>
                <td className="nowrap">
                  {followUp.workOrderId ? (
                    <Link to={`/work-orders/${followUp.workOrderId}`}>{followUp.workOrderNumber ?? t("followUps.openWorkOrder")}</Link>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td className="nowrap">
                  <span className={isDue(followUp, now) ? "strong" : undefined}>{format.dateTime(followUp.nextAttemptAt)}</span>
                  {followUp.nextAttemptAt !== followUp.dueAt && (
                    <span className="muted small"> {t("followUps.dueAtShort", { time: format.dateTime(followUp.dueAt) })}</span>
                  )}
                </td>
                <td className="nowrap">{followUp.attempts}</td>
                <td className="nowrap">
                  <FollowUpStatusBadge status={followUp.status} />
                </td>
                <td className="nowrap">
                  <PromiseBadge promise={followUp.promise} />
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
