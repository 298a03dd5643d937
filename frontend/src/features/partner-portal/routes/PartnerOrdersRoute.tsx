import { useTranslation } from "react-i18next";
import { LoadMore } from "@/components/LoadMore";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { useMyPartnerOrders } from "../api/portal";
import { customerLine, serialsLine } from "../model/order-view";

/** The partner's jobs, with only what the job needs of the customer (masked by the server). */
export function PartnerOrdersRoute() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const orders = useMyPartnerOrders();
  const items = orders.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <PageHeader title={t("partnerPortal.orders.title")} description={t("partnerPortal.orders.description")} />
      {orders.isPending && <Loading />}
      {orders.isError && <ProblemAlert error={orders.error} />}
      {orders.isSuccess && items.length === 0 && <p className="empty">{t("common.noItems")}</p>}
      <ul className="job-list">
        {items.map((order) => (
          <li key={order.workOrderId} className="panel" aria-label={order.number}>
            <h2 className="panel__title">
              {order.number} <span className="badge">{t(`partnerPortal.orders.status.${order.status}`)}</span>
            </h2>
            <dl className="facts facts--columns">
              <dt>{t("partnerPortal.orders.customer")}</dt>
              <dd>{customerLine(order)}</dd>
              <dt>{t("partnerPortal.orders.site")}</dt>
              <dd>{order.siteAddress ?? <span className="muted">—</span>}</dd>
              <dt>{t("partnerPortal.orders.appointment")}</dt>
              <dd>
                {order.appointment ? (
                  `${format.dateTime(order.appointment.start)} – ${format.time(order.appointment.end)}`
                ) : (
                  <span className="muted">—</span>
                )}
              </dd>
              <dt>{t("partnerPortal.orders.units")}</dt>
              <dd>{order.units}</dd>
              <dt>{t("partnerPortal.orders.dueDate")}</dt>
              <dd>{order.dueDate}</dd>
              <dt>{t("partnerPortal.orders.work")}</dt>
              <dd className="description">{order.description}</dd>
              {order.vehiclePlate && (
                <>
                  <dt>{t("partnerPortal.orders.vehiclePlate")}</dt>
                  <dd>{order.vehiclePlate}</dd>
                </>
              )}
              <dt>{t("partnerPortal.orders.devices")}</dt>
              <dd className="mono">{serialsLine(order) ?? <span className="muted">—</span>}</dd>
              <dt>{t("partnerPortal.orders.signOff")}</dt>
              <dd>
                {order.customerSigned ? t("partnerPortal.orders.customerSigned") : t("partnerPortal.orders.notSigned")}
                {" · "}
                {order.accepted ? t("partnerPortal.orders.accepted") : t("partnerPortal.orders.notAccepted")}
              </dd>
            </dl>
            {order.technicalStandard && (
              <details className="disclosure">
                <summary>{t("partnerPortal.orders.technicalStandard")}</summary>
                <p className="description">{order.technicalStandard}</p>
              </details>
            )}
          </li>
        ))}
      </ul>
      <LoadMore hasMore={orders.hasNextPage} loading={orders.isFetchingNextPage} onLoadMore={() => void orders.fetchNextPage()} />
    </>
  );
}
