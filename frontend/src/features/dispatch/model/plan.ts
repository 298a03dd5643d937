import type { Plan, PlanChange, PlanFigures } from "../api/dispatch";

/** How far a run has got: its share of the tenant's bound, below 100 until it is ready. */
export function planProgress(plan: Pick<Plan, "status" | "elapsedMs" | "limitSeconds">): number {
  if (plan.status === "READY") return 100;
  if (plan.status === "QUEUED" || plan.limitSeconds <= 0) return 0;
  return Math.min(99, Math.max(0, Math.floor((plan.elapsedMs / (plan.limitSeconds * 1000)) * 100)));
}

/** One reason a change is proposed, for the person to read. */
export type ChangeReason =
  /** Road km from the previous job; `before` is null for an order nobody had. */
  | { kind: "travel"; before: number | null; after: number }
  | { kind: "lateness"; before: number; after: number }
  | { kind: "windowMoved" }
  | { kind: "follows"; number: string };

const roundKm = (km: number) => Math.round(km * 10) / 10;

/**
 * Why the optimiser proposes a change: the road to it before and after, the minutes past its promise before and
 * after when there are any, whether its window moves, and the job it follows in the new day.
 */
export function changeReasons(change: PlanChange): ChangeReason[] {
  const reasons: ChangeReason[] = [];
  // An order nobody had has no road to it yet (the server says 0): only the road after is news.
  reasons.push({
    kind: "travel",
    before: change.fromInstallerId ? roundKm(change.travelKmBefore) : null,
    after: roundKm(change.travelKmAfter),
  });
  if (change.lateMinutesBefore > 0 || change.lateMinutesAfter > 0)
    reasons.push({ kind: "lateness", before: change.lateMinutesBefore, after: change.lateMinutesAfter });
  if (change.windowMoved) reasons.push({ kind: "windowMoved" });
  if (change.afterNumber) reasons.push({ kind: "follows", number: change.afterNumber });
  return reasons;
}

export type FigureKey = "placed" | "unassigned" | "travelKm" | "lateMinutes";
export const FIGURE_KEYS = ["travelKm", "lateMinutes", "placed", "unassigned"] as const satisfies readonly FigureKey[];

/** Whether a figure moved the good way: more placed, fewer unassigned, less road, fewer minutes late. */
export function figureTrend(key: FigureKey, before: PlanFigures, after: PlanFigures): "better" | "worse" | "same" {
  const delta = after[key] - before[key];
  if (Math.abs(delta) < 1e-9) return "same";
  const higherIsBetter = key === "placed";
  return delta > 0 === higherIsBetter ? "better" : "worse";
}

/** The changes the dispatcher may still apply: those not taken yet. */
export function openChanges(plan: Pick<Plan, "changes">): PlanChange[] {
  return plan.changes.filter((change) => !change.applied);
}
