import { promiseStatusOf } from "@/lib/promises";
import type { FollowUp, FollowUpFilter, FollowUpKind, FollowUpStatus } from "../api/follow-ups";

export const FOLLOW_UP_KINDS = [
  "AFTER_SERVICE",
  "USAGE_CALL",
  "SPOT_CHECK_VISIT",
] as const satisfies readonly FollowUpKind[];
export const FOLLOW_UP_STATUSES = ["OPEN", "COMPLETED", "UNREACHABLE"] as const satisfies readonly FollowUpStatus[];

/** URL value of "every status" and of "also those not due yet"; without a value the worklist shows what to call now. */
export const ALL = "all";

export interface WorklistView {
  status: FollowUpStatus | undefined;
  kind: FollowUpKind | undefined;
  promiseStatus: FollowUpFilter["promiseStatus"];
  /** Only those whose next call time has come. */
  dueNow: boolean;
}

/** The worklist's filter from the page's URL: open follow-ups due now unless the person chose otherwise. */
export function worklistViewOf(search: URLSearchParams): WorklistView {
  const status = search.get("status");
  return {
    status: status === ALL ? undefined : (FOLLOW_UP_STATUSES.find((value) => value === status) ?? "OPEN"),
    kind: FOLLOW_UP_KINDS.find((value) => value === search.get("kind")),
    promiseStatus: promiseStatusOf(search.get("promiseStatus")),
    dueNow: search.get("due") !== ALL,
  };
}

/** The API filter of a view, with "now" fixed when the list was (re)loaded so the list does not move under the cursor. */
export function toFollowUpFilter(view: WorklistView, now: Date): FollowUpFilter {
  return {
    status: view.status,
    kind: view.kind,
    promiseStatus: view.promiseStatus,
    dueBy: view.dueNow ? now.toISOString() : undefined,
  };
}

/** Time to call: open and its next attempt has come. */
export function isDue(followUp: Pick<FollowUp, "status" | "nextAttemptAt">, now: number): boolean {
  return followUp.status === "OPEN" && Date.parse(followUp.nextAttemptAt) <= now;
}
