import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PromiseBadge } from "@/components/PromiseBadge";
import { useTenantFormat } from "@/lib/current-user";
import type { ServiceRequest } from "../api/service-requests";
import { RequestStatusBadge } from "./RequestStatusBadge";

/** Requests in a dense table: number, when, how, what, who, status, on-site promise. */
export function ServiceRequestTable({ requests }: { requests: readonly ServiceRequest[] }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t("serviceRequests.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("serviceRequests.fields.number")}</th>
            <th scope="col">{t("serviceRequests.fields.registeredAt")}</th>
            <th scope="col">{t("serviceRequests.fields.channel")}</th>
            <th scope="col">{t("serviceRequests.fields.category")}</th>
            <th scope="col">{t("serviceRequests.fields.customer")}</th>
            <th scope="col">{t("serviceRequests.fields.status")}</th>
            <th scope="col">{t("serviceRequests.fields.promise")}</th>
            <th scope="col">{t("serviceRequests.fields.description")}</th>
          </tr>
        </thead>
        <tbody>
          {requests.length === 0 ? (
            <tr>
              <td colSpan={8} className="empty">
                {t("common.noItems")}
              </td>
            </tr>
          ) : (
            requests.map((request) => (
              <tr key={request.id}>
                <td className="nowrap">
                  <Link to={`/service-requests/${request.id}`} className="strong">
                    {request.number}
                  </Link>
                </td>
                <td className="nowrap">{format.dateTime(request.registeredAt)}</td>
                <td className="nowrap">{t(`serviceRequests.channel.${request.channel}`)}</td>
                <td className="nowrap">{t(`serviceRequests.category.${request.category}`)}</td>
                <td>{request.customerName}</td>
                <td className="nowrap">
                  <RequestStatusBadge status={request.status} />
                </td>
                <td className="nowrap">
                  <PromiseBadge promise={request.promise} />
                </td>
                <td className="cell--clip" title={request.description}>
                  {request.description}
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
