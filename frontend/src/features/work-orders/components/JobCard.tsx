import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTenantFormat } from "@/lib/current-user";
import type { WorkOrder } from "../api/work-orders";
import { TASKS } from "../model/work-order-form";
import { StatusBadge } from "./StatusBadge";

/** One job in the installer's list: when, what, and where it stands. */
export function JobCard({ order, showDate }: { order: WorkOrder; showDate: boolean }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const tasks = TASKS.filter((task) => order.tasks[task]);
  return (
    <li>
      <Link to={`/jobs/${order.id}`} className="job-card" aria-label={t("jobs.open", { number: order.number })}>
        <div className="job-card__head">
          <span className="job-card__time">
            {showDate && `${format.localDate(order.appointment.start).slice(5)} `}
            {format.time(order.appointment.start)}–{format.time(order.appointment.end)}
          </span>
          <StatusBadge status={order.status} />
        </div>
        <div className="job-card__title">
          <span className="strong">{order.number}</span> · {t(`workOrders.type.${order.type}`)}
          {order.priority === "URGENT" || order.priority === "HIGH" ? (
            <span className={`priority priority--${order.priority.toLowerCase()}`}> · {t(`workOrders.priority.${order.priority}`)}</span>
          ) : null}
        </div>
        <p className="job-card__description">{order.description}</p>
        {tasks.length > 0 && (
          <div className="job-card__tasks">
            {tasks.map((task) => (
              <span key={task} className="chip">
                {t(`workOrders.tasks.${task}`)}
              </span>
            ))}
          </div>
        )}
      </Link>
    </li>
  );
}
