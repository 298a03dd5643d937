import { daysBetween } from "@/lib/format";

/** Whether a quota range can be asked for: both dates, in order, at most 366 days. */
export function quotaRange(from: string, to: string): "ok" | "order" | "tooLong" | "incomplete" {
  const days = daysBetween(from, to);
  if (Number.isNaN(days)) return "incomplete";
  if (days < 0) return "order";
  if (days > 365) return "tooLong";
  return "ok";
}
