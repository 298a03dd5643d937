import type { Schema } from "./api/schema-types";

/** A service promise (服务承诺) and its clock; "Promise" alone would hide the global Promise. */
export type ServicePromise = Schema<"Promise">;
export type PromiseStatus = Schema<"PromiseStatus">;
export type PromiseKind = Schema<"PromiseKind">;
export type PromisePauseReason = Schema<"PromisePauseReason">;

/** In the order a person reads them: running, in danger, stopped, then finished. */
export const PROMISE_STATUSES = [
  "ON_TRACK",
  "AT_RISK",
  "BREACHED",
  "PAUSED",
  "MET",
  "CANCELLED",
] as const satisfies readonly PromiseStatus[];

export const PROMISE_KINDS = [
  "ON_SITE",
  "FOLLOW_UP",
  "OBJECTION_COMMITMENT",
  "FOLLOW_UP_VISIT_COMMITMENT",
  "COMPLAINT_ANSWER",
] as const satisfies readonly PromiseKind[];

export const PAUSE_REASONS = [
  "WAITING_FOR_CUSTOMER",
  "WAITING_FOR_PARTS",
] as const satisfies readonly PromisePauseReason[];

/** The colour of each state, as the modifier of the `promise-badge` class. */
export const PROMISE_TONE: Record<PromiseStatus, string> = {
  ON_TRACK: "on-track",
  AT_RISK: "at-risk",
  BREACHED: "breached",
  PAUSED: "paused",
  MET: "met",
  CANCELLED: "cancelled",
};

/** A promise in one of the given states, read from a URL parameter; anything else is no filter. */
export function promiseStatusOf(value: string | null): PromiseStatus | undefined {
  return PROMISE_STATUSES.find((status) => status === value);
}

/** The clock still runs or waits: its due time is what the person acts on. */
export function isOpenPromise(promise: Pick<ServicePromise, "status" | "metAt">): boolean {
  return (
    promise.status === "ON_TRACK" ||
    promise.status === "AT_RISK" ||
    promise.status === "PAUSED" ||
    // A breach stays BREACHED after the promise is finally kept, with the time it was met.
    (promise.status === "BREACHED" && !promise.metAt)
  );
}

/** Soonest due first; things without a promise last. */
export function bySoonestDue(a: ServicePromise | undefined, b: ServicePromise | undefined): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return Date.parse(a.dueAt) - Date.parse(b.dueAt);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "3 小时后" / "in 3 hours", "2 天前" / "2 days ago": the distance of an instant from now in the unit a person
 * reads at a glance (minutes below an hour, hours below two days, then days).
 */
export function relativeTime(iso: string, now: number, locale: string): string {
  const distance = Date.parse(iso) - now;
  if (Number.isNaN(distance)) return iso;
  const abs = Math.abs(distance);
  if (abs < MINUTE) return new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(0, "second");
  const format = new Intl.RelativeTimeFormat(locale, { numeric: "always" });
  if (abs < HOUR) return format.format(Math.round(distance / MINUTE), "minute");
  if (abs < 2 * DAY) return format.format(Math.round(distance / HOUR), "hour");
  return format.format(Math.round(distance / DAY), "day");
}
