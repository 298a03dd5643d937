import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PromiseBadge } from "@/components/PromiseBadge";
import { useTenantFormat } from "@/lib/current-user";
import type { Complaint } from "../api/complaints";
import { ComplaintStatusBadge } from "./ComplaintStatusBadge";

/** Complaints in a dense table: number, when and how, what about, whom, where they stand and the answer's deadline. */
export function ComplaintTable({ complaints }: { complaints: readonly Complaint[] }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t("complaints.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("complaints.fields.number")}</th>
            <th scope="col">{t("complaints.fields.receivedAt")}</th>
            <th scope="col">{t("complaints.fields.channel")}</th>
            <th scope="col">{t("complaints.fields.category")}</th>
            <th scope="col">{t("complaints.fields.installer")}</th>
            <th scope="col">{t("complaints.fields.workOrder")}</th>
            <th scope="col">{t("complaints.fields.status")}</th>
            <th scope="col">{t("complaints.fields.answerDeadline")}</th>
            <th scope="col">{t("complaints.fields.description")}</th>
          </tr>
        </thead>
        <tbody>
          {complaints.length === 0 ? (
            <tr>
              <td colSpan={9} className="empty">
                {t("common.noItems")}
              </td>
            </tr>
          ) : (
            complaints.map((complaint) => (
              <tr key={complaint.id}>
                <td className="nowrap">
                  <Link to={`/complaints/${complaint.id}`} className="strong">
                    {complaint.number}
                  </Link>
                </td>
                <td className="nowrap">{format.dateTime(complaint.receivedAt)}</td>
                <td className="nowrap">{t(`complaints.channel.${complaint.channel}`)}</td>
                <td>{t(`complaints.category.${complaint.category}`)}</td>
                <td className="nowrap">{complaint.installerName ?? <span className="muted">—</span>}</td>
                <td className="nowrap">
                  {complaint.workOrderId ? (
                    <Link to={`/work-orders/${complaint.workOrderId}`}>{complaint.workOrderNumber ?? t("complaints.openWorkOrder")}</Link>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td className="nowrap">
                  <ComplaintStatusBadge status={complaint.status} />
                </td>
                <td className="nowrap">
                  <PromiseBadge promise={complaint.promise} />
                </td>
                <td className="cell--clip" title={complaint.description}>
                  {complaint.description}
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
