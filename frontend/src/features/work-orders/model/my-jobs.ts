import { localDateOf } from "@/lib/format";
import type { WorkOrderSummary } from "../api/work-orders";
import { isFieldWorkOver } from "./lifecycle";

export interface JobGroups {
  /** Every job with an appointment today, finished ones included, so the day's work stays visible. */
  today: WorkOrderSummary[];
  /** Open jobs from earlier days. */
  overdue: WorkOrderSummary[];
  /** Open jobs on later days. */
  upcoming: WorkOrderSummary[];
}

/** The installer's jobs by day, each group by appointment start; cancelled jobs are left out. */
export function groupJobs(orders: readonly WorkOrderSummary[], today: string, timeZone: string): JobGroups {
  const groups: JobGroups = { today: [], overdue: [], upcoming: [] };
  const sorted = [...orders].sort((a, b) => Date.parse(a.appointment.start) - Date.parse(b.appointment.start));
  for (const order of sorted) {
    if (order.status === "CANCELLED") continue;
    const day = localDateOf(order.appointment.start, timeZone);
    if (day === today) groups.today.push(order);
    else if (isFieldWorkOver(order.status)) continue;
    else if (day < today) groups.overdue.push(order);
    else groups.upcoming.push(order);
  }
  return groups;
}
