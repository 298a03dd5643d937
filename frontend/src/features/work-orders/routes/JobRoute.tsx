import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { Loading } from "@/components/Loading";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { useWorkOrder } from "../api/work-orders";
import { FieldSteps } from "../components/FieldSteps";
import { AppointmentWindow } from "../components/OrderFacts";
import { OrderPhotos } from "../components/OrderPhotos";
import { StatusBadge } from "../components/StatusBadge";
import { Timeline } from "../components/Timeline";
import { isFieldWorkOver } from "../model/lifecycle";
import { TASKS } from "../model/work-order-form";

/** One job on the installer's phone: what to do and bring, the next step of the visit and the photos taken on site. */
export function JobRoute() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const me = useCurrentUser();
  const { workOrderId = "" } = useParams();
  const detail = useWorkOrder(workOrderId);
  const order = detail.data?.order;
  const tasks = order ? TASKS.filter((task) => order.tasks[task]) : [];
  // The crew's names are not visible to installers; their own id is.
  const nameOf = (id: string) => (id === me.userId ? me.displayName || me.username : t("jobs.colleague"));

  return (
    <div className="mobile-page">
      <Link to="/jobs" className="back-link">
        ‹ {t("jobs.back")}
      </Link>
      {detail.isPending && <Loading />}
      {detail.isError && <ProblemAlert error={detail.error} />}
      {order && detail.data && (
        <>
          <header className="job-header">
            <h1 className="page-header__title">
              {order.number} · {t(`workOrders.type.${order.type}`)}
            </h1>
            <StatusBadge status={order.status} />
            {order.late && <span className="badge badge--late">{t("workOrders.late", { minutes: order.lateMinutes ?? 0 })}</span>}
          </header>
          <section className="panel job-facts" aria-label={t("jobs.facts")}>
            <dl className="facts">
              <dt>{t("workOrders.fields.appointment")}</dt>
              <dd>
                <AppointmentWindow order={order} />
              </dd>
              <dt>{t("workOrders.fields.priority")}</dt>
              <dd>{t(`workOrders.priority.${order.priority}`)}</dd>
              <dt>{t("workOrders.fields.customer")}</dt>
              <dd title={order.customerId}>{order.customerName}</dd>
              {tasks.length > 0 && (
                <>
                  <dt>{t("workOrders.fields.tasks")}</dt>
                  <dd>{tasks.map((task) => t(`workOrders.tasks.${task}`)).join("、")}</dd>
                </>
              )}
              {order.contactNote && (
                <>
                  <dt>{t("workOrders.contact.note")}</dt>
                  <dd>{order.contactNote}</dd>
                </>
              )}
              {order.checkedInAt && (
                <>
                  <dt>{t("workOrders.fields.checkedInAt")}</dt>
                  <dd>{format.dateTime(order.checkedInAt)}</dd>
                </>
              )}
            </dl>
            <p className="description">{order.description}</p>
            {order.itemsToBring.length > 0 && (
              <>
                <h2 className="panel__subtitle">{t("workOrders.fields.itemsToBring")}</h2>
                <ul className="bring-list">
                  {order.itemsToBring.map((item, index) => (
                    <li key={index}>
                      {item.name} <span className="muted">× {item.quantity}</span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
          <section className="panel" aria-label={t("jobs.nextStep")}>
            <h2 className="panel__title">{t("jobs.nextStep")}</h2>
            <FieldSteps order={order} roles={me.roles} />
          </section>
          <OrderPhotos order={order} canAdd={!isFieldWorkOver(order.status)} />
          <details className="disclosure">
            <summary>{t("workOrders.timeline.title")}</summary>
            <Timeline entries={detail.data.timeline} nameOf={nameOf} />
          </details>
        </>
      )}
    </div>
  );
}
