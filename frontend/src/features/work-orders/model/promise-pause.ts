import type { PromisePauseReason } from "@/lib/promises";
import { isBlank } from "@/lib/validation";
import type { PausePromiseRequest, WorkOrder } from "../api/work-orders";

/** Stopping the on-site clock: why (the customer or the parts), and a note for whoever reads the order next. */
export interface PausePromiseForm {
  reason: PromisePauseReason | "";
  note: string;
}

export function emptyPausePromiseForm(): PausePromiseForm {
  return { reason: "", note: "" };
}

/** The office may stop a running clock and start a stopped one; finished promises stay as they are. */
export function promiseControlOf(order: Pick<WorkOrder, "promise">): "pause" | "resume" | null {
  switch (order.promise?.status) {
    case "ON_TRACK":
    case "AT_RISK":
      return "pause";
    case "PAUSED":
      return "resume";
    default:
      return null;
  }
}

export function validatePausePromise(form: PausePromiseForm): Record<string, "required"> {
  return form.reason === "" ? { reason: "required" } : {};
}

/** The body of POST …/promise/pause for a valid form. */
export function toPausePromiseRequest(form: PausePromiseForm, version: number): PausePromiseRequest {
  if (form.reason === "") throw new Error("validate the pause before sending it");
  return { version, reason: form.reason, ...(isBlank(form.note) ? {} : { note: form.note.trim() }) };
}
