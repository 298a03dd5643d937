import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useCurrentUser } from "@/lib/current-user";
import { useInstallerDirectory, useWorkOrder, useWorkOrders } from "../api/work-orders";
import { ActionBar } from "../components/ActionBar";
import { FieldRecord, OrderFacts } from "../components/OrderFacts";
import { OrderPhotos } from "../components/OrderPhotos";
import { ReworkPanel } from "../components/ReworkPanel";
import { Timeline } from "../components/Timeline";
import { installerNames } from "../model/names";

/** One order for the office: every field, the actions it allows now, the photos from site, and its timeline. */
export function WorkOrderDetailRoute() {
  const { t } = useTranslation();
  const { workOrderId = "" } = useParams();
  const me = useCurrentUser();
  const detail = useWorkOrder(workOrderId);
  const installers = useInstallerDirectory();
  // The other orders, for overlap warnings when assigning.
  const orders = useWorkOrders();
  const nameOf = installerNames(installers.data);
  const order = detail.data?.order;
  const office = me.roles.includes("manager") || me.roles.includes("dispatcher");

  return (
    <>
      <PageHeader
        title={order ? `${order.number} · ${t(`workOrders.type.${order.type}`)}` : t("workOrders.detail.title")}
        actions={
          <>
            {order && office && (
              <Link
                to={`/objections/new?${new URLSearchParams({ customerId: order.customerId, workOrderId: order.id })}`}
                className="button"
              >
                {t("workOrders.detail.recordObjection")}
              </Link>
            )}
            <Link to="/work-orders" className="button">
              {t("board.back")}
            </Link>
          </>
        }
      />
      {detail.isPending && <Loading />}
      {detail.isError && <ProblemAlert error={detail.error} />}
      {installers.isError && <ProblemAlert error={installers.error} />}
      {order && detail.data && (
        <>
          <ActionBar
            order={order}
            roles={me.roles}
            installers={installers.data ?? []}
            orders={orders.data?.items ?? []}
          />
          <div className="detail-grid">
            <div>
              <ReworkPanel order={order} roles={me.roles} orders={orders.data?.items ?? []} nameOf={nameOf} />
              <OrderFacts order={order} nameOf={nameOf} canManagePromise={office} />
              <FieldRecord order={order} />
              <OrderPhotos order={order} canRemove={office} />
            </div>
            <Timeline entries={detail.data.timeline} nameOf={nameOf} />
          </div>
        </>
      )}
    </>
  );
}
