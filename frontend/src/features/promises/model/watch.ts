import { bySoonestDue, type PromiseStatus } from "@/lib/promises";
import type { PromiseSubjectType, PromiseWatchItem } from "../api/promises";

/** What the watch shows by default: breached first, then at risk. */
export const WATCH_STATUSES = ["BREACHED", "AT_RISK"] as const satisfies readonly PromiseStatus[];
export type WatchStatus = (typeof WATCH_STATUSES)[number];

export const SUBJECT_TYPES = [
  "SERVICE_REQUEST",
  "WORK_ORDER",
  "FOLLOW_UP",
  "OBJECTION",
  "COMPLAINT",
  "CONNECTION_APPLICATION",
] as const satisfies readonly PromiseSubjectType[];

/** The page of the thing a promise is kept on. */
export function subjectPath(subject: { subjectType: PromiseSubjectType; subjectId: string }): string {
  switch (subject.subjectType) {
    case "SERVICE_REQUEST":
      return `/service-requests/${subject.subjectId}`;
    case "WORK_ORDER":
      return `/work-orders/${subject.subjectId}`;
    case "FOLLOW_UP":
      return `/follow-ups/${subject.subjectId}`;
    case "OBJECTION":
      return `/objections/${subject.subjectId}`;
    case "COMPLAINT":
      return `/complaints/${subject.subjectId}`;
    case "CONNECTION_APPLICATION":
      return `/connection-applications/${subject.subjectId}`;
  }
}

export interface WatchGroup {
  status: WatchStatus;
  items: PromiseWatchItem[];
}

/** The watch list in groups by state (breached first), soonest due first within each. */
export function groupByStatus(items: readonly PromiseWatchItem[]): WatchGroup[] {
  return WATCH_STATUSES.map((status) => ({
    status,
    items: items.filter((item) => item.promise.status === status).sort((a, b) => bySoonestDue(a.promise, b.promise)),
  }));
}

/** The whole watch list by due time alone, soonest (most overdue) first. */
export function byDueTime(items: readonly PromiseWatchItem[]): PromiseWatchItem[] {
  return [...items].sort((a, b) => bySoonestDue(a.promise, b.promise));
}

export function watchStatusOf(value: string | null): WatchStatus | undefined {
  return WATCH_STATUSES.find((status) => status === value);
}

export function subjectTypeOf(value: string | null): PromiseSubjectType | undefined {
  return SUBJECT_TYPES.find((type) => type === value);
}
