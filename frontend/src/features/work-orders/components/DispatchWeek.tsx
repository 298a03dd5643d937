import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTenantFormat } from "@/lib/current-user";
import type { Installer, WorkOrder } from "../api/work-orders";
import { UNASSIGNED, appointmentsByInstallerAndDay } from "../model/calendar-grid";
import { boardColumnOf } from "../model/lifecycle";

interface DispatchWeekProps {
  days: readonly string[];
  installers: readonly Installer[];
  orders: readonly WorkOrder[];
}

const WEEKDAY_KEYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"] as const;

/** Per installer (rows) and day (columns), their appointments; unassigned orders in the first row. */
export function DispatchWeek({ days, installers, orders }: DispatchWeekProps) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const grid = appointmentsByInstallerAndDay(orders, days, format.timeZone);
  const today = format.today();
  // Inactive installers appear only when they still have appointments this week.
  const rows = [
    { id: UNASSIGNED, name: t("dispatch.calendar.unassigned"), detail: "" },
    ...installers
      .filter((installer) => installer.status === "ACTIVE" || grid.has(installer.id))
      .map((installer) => ({
        id: installer.id,
        name: installer.displayName,
        detail: `${installer.workingHours.start}–${installer.workingHours.end}`,
      })),
  ];

  return (
    <div className="table-wrap">
      <table className="table dispatch-grid">
        <caption className="visually-hidden">{t("dispatch.calendar.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("dispatch.calendar.installer")}</th>
            {days.map((day, index) => (
              <th key={day} scope="col" className={day === today ? "dispatch-grid__today" : undefined}>
                {t(`calendar.weekdays.${WEEKDAY_KEYS[index]!}`)} <span className="muted">{day.slice(5)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <span className="strong">{row.name}</span>
                {row.detail && <div className="muted small">{row.detail}</div>}
              </th>
              {days.map((day) => {
                const appointments = grid.get(row.id)?.get(day) ?? [];
                return (
                  <td key={day} className={day === today ? "dispatch-grid__today" : undefined}>
                    {appointments.map((order) => (
                      <Link
                        key={order.id}
                        to={`/work-orders/${order.id}`}
                        className={`slot slot--${boardColumnOf(order.status)}`}
                        title={`${t(`workOrders.type.${order.type}`)} · ${t(`workOrders.status.${order.status}`)} · ${order.description}`}
                      >
                        <span className="slot__time">
                          {format.time(order.appointment.start)}–{format.time(order.appointment.end)}
                        </span>
                        <span className="slot__number">{order.number}</span>
                      </Link>
                    ))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
