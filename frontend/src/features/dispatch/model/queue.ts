import { bySoonestDue } from "@/lib/promises";
import type { DispatchCard, Priority } from "../api/dispatch";

export type QueueOrder = "due" | "priority";
export const QUEUE_ORDERS = ["due", "priority"] as const satisfies readonly QueueOrder[];

const PRIORITY_RANK: Record<Priority, number> = { URGENT: 0, HIGH: 1, NORMAL: 2, LOW: 3 };

function byAppointment(a: DispatchCard, b: DispatchCard): number {
  return Date.parse(a.appointment.start) - Date.parse(b.appointment.start) || a.number.localeCompare(b.number);
}

/**
 * The queue in the order the dispatcher chose: by promise due (soonest first, orders without a promise last), or by
 * priority (urgent first) and then by promise due. Ties go by appointment, then number.
 */
export function sortQueue(cards: readonly DispatchCard[], order: QueueOrder): DispatchCard[] {
  const byDue = (a: DispatchCard, b: DispatchCard) => bySoonestDue(a.promise, b.promise) || byAppointment(a, b);
  return [...cards].sort(
    order === "priority" ? (a, b) => PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || byDue(a, b) : byDue,
  );
}
