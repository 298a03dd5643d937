import type { BookingStage } from "../api/booking";

/** The way of a booking from the customer's side, in order; a cancelled booking leaves it. */
export const STAGES = [
  "RECEIVED",
  "SCHEDULED",
  "ON_THE_WAY",
  "IN_PROGRESS",
  "AWAITING_SIGN_OFF",
  "DONE",
] as const satisfies readonly BookingStage[];

export type StepState = "done" | "current" | "upcoming";

/** Each stage's state for the step indicator; the last stage, once reached, counts as done. */
export function stepStates(stage: BookingStage): { stage: (typeof STAGES)[number]; state: StepState }[] {
  const reached = STAGES.indexOf(stage as (typeof STAGES)[number]);
  return STAGES.map((step, index) => ({
    stage: step,
    state:
      index < reached || (index === reached && step === "DONE") ? "done" : index === reached ? "current" : "upcoming",
  }));
}
