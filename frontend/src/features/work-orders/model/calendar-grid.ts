import { addDays, localDateOf } from "@/lib/format";
import type { WorkOrderSummary } from "../api/work-orders";

export const UNASSIGNED = "unassigned";

/** The 7 dates of the week starting on the given Monday. */
export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}

/**
 * The week's appointments by crew member (lead or helper; UNASSIGNED for orders without a crew) and day
 * ("2026-03-05"), each day sorted by start. Cancelled orders are left out.
 */
export function appointmentsByInstallerAndDay(
  orders: readonly WorkOrderSummary[],
  days: readonly string[],
  timeZone: string,
): Map<string, Map<string, WorkOrderSummary[]>> {
  const inWeek = new Set(days);
  const grid = new Map<string, Map<string, WorkOrderSummary[]>>();
  const sorted = [...orders].sort((a, b) => Date.parse(a.appointment.start) - Date.parse(b.appointment.start));
  for (const order of sorted) {
    if (order.status === "CANCELLED") continue;
    const day = localDateOf(order.appointment.start, timeZone);
    if (!inWeek.has(day)) continue;
    const crew = order.leadInstallerId ? [order.leadInstallerId, ...order.helperIds] : [UNASSIGNED];
    for (const member of crew) {
      const row = grid.get(member) ?? new Map<string, WorkOrderSummary[]>();
      row.set(day, [...(row.get(day) ?? []), order]);
      grid.set(member, row);
    }
  }
  return grid;
}
