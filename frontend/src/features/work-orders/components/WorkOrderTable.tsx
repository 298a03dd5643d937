import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PromiseBadge } from "@/components/PromiseBadge";
import type { WorkOrder } from "../api/work-orders";
import { AppointmentWindow } from "./OrderFacts";
import { StatusBadge } from "./StatusBadge";

interface WorkOrderTableProps {
  orders: readonly WorkOrder[];
  nameOf: (installerId: string) => string;
  caption: string;
}

/** Work orders in a dense table: number, type, priority, appointment, crew, status, on-site promise. */
export function WorkOrderTable({ orders, nameOf, caption }: WorkOrderTableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("workOrders.fields.number")}</th>
            <th scope="col">{t("workOrders.fields.type")}</th>
            <th scope="col">{t("workOrders.fields.priority")}</th>
            <th scope="col">{t("workOrders.fields.appointment")}</th>
            <th scope="col">{t("workOrders.fields.crew")}</th>
            <th scope="col">{t("workOrders.fields.status")}</th>
            <th scope="col">{t("workOrders.fields.promise")}</th>
            <th scope="col">{t("workOrders.fields.description")}</th>
          </tr>
        </thead>
        <tbody>
          {orders.length === 0 ? (
            <tr>
              <td colSpan={8} className="empty">
                {t("common.noItems")}
              </td>
            </tr>
          ) : (
            orders.map((order) => (
              <tr key={order.id}>
                <td className="nowrap">
                  <Link to={`/work-orders/${order.id}`} className="strong">
                    {order.number}
                  </Link>
                </td>
                <td className="nowrap">{t(`workOrders.type.${order.type}`)}</td>
                <td className="nowrap">
                  <span className={`priority priority--${order.priority.toLowerCase()}`}>
                    {t(`workOrders.priority.${order.priority}`)}
                  </span>
                </td>
                <td>
                  <AppointmentWindow order={order} />
                </td>
                <td>
                  {order.leadInstallerId ? (
                    <>
                      <span className="strong">{nameOf(order.leadInstallerId)}</span>
                      {order.helperIds.length > 0 && (
                        <span className="muted"> + {order.helperIds.map(nameOf).join("、")}</span>
                      )}
                    </>
                  ) : (
                    <span className="muted">{t("workOrders.unassigned")}</span>
                  )}
                </td>
                <td className="nowrap">
                  <StatusBadge status={order.status} />
                  {order.late && <span className="badge badge--late">{t("workOrders.lateShort")}</span>}
                </td>
                <td className="nowrap">
                  <PromiseBadge promise={order.promise} />
                </td>
                <td className="cell--clip" title={order.description}>
                  {order.description}
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
