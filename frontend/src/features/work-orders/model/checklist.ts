import type { SafetyChecklist, WorkOrder } from "../api/work-orders";

/** A safety check that must be confirmed (true) before the work counts as done. */
export type RequiredCheck = Exclude<keyof SafetyChecklist, "hazardsFound" | "hazardsReportedToCustomer">;

/**
 * The safety checks that apply to an order (DOMAIN.md "Dispatch and on-site"): electrical work needs the power
 * off before work and an electrical safety check after wiring; welding a flammable-gas check; installations
 * and repairs a trial run with leak check. Whether hazards were found is asked on every order.
 */
export function applicableChecks(order: Pick<WorkOrder, "type" | "tasks">): RequiredCheck[] {
  const checks: RequiredCheck[] = [];
  if (order.tasks.electricalWork) checks.push("powerOffBeforeWork", "electricalSafetyChecked");
  if (order.tasks.welding) checks.push("flammableGasChecked");
  if (order.type === "INSTALLATION" || order.type === "REPAIR") checks.push("trialRunLeakChecked");
  return checks;
}

/** Found hazards must also be reported to the customer; the question only appears once hazards were found. */
export function asksHazardsReported(hazardsFound: boolean | null): boolean {
  return hazardsFound === true;
}

/** The checks to confirm of a job's safety checks as the server lists them (hazards are asked separately). */
export function requiredChecksOf(checks: readonly { key: string }[]): RequiredCheck[] {
  const required: readonly string[] = [
    "powerOffBeforeWork",
    "electricalSafetyChecked",
    "flammableGasChecked",
    "trialRunLeakChecked",
  ] satisfies readonly RequiredCheck[];
  return checks.map((check) => check.key).filter((key): key is RequiredCheck => required.includes(key));
}
