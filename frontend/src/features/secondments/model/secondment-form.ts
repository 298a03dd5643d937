import type { CreateSecondmentRequest, SecondmentStatus } from "../api/secondments";

export type SecondmentProblem = "required" | "people" | "dateOrder" | "samePoint";
export type Problems = Record<string, SecondmentProblem>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface SecondmentForm {
  personIds: string[];
  lendingServicePointId: string;
  borrowingServicePointId: string;
  firstDay: string;
  lastDay: string;
  note: string;
}

export function emptySecondmentForm(): SecondmentForm {
  return { personIds: [], lendingServicePointId: "", borrowingServicePointId: "", firstDay: "", lastDay: "", note: "" };
}

export function validateSecondment(form: SecondmentForm): Problems {
  const problems: Problems = {};
  if (form.personIds.length === 0) problems.personIds = "people";
  if (!form.lendingServicePointId) problems.lendingServicePointId = "required";
  if (!form.borrowingServicePointId) problems.borrowingServicePointId = "required";
  else if (form.borrowingServicePointId === form.lendingServicePointId) problems.borrowingServicePointId = "samePoint";
  if (!DATE.test(form.firstDay)) problems.firstDay = "required";
  if (!DATE.test(form.lastDay)) problems.lastDay = "required";
  else if (DATE.test(form.firstDay) && form.lastDay < form.firstDay) problems.lastDay = "dateOrder";
  return problems;
}

export function toCreateSecondment(form: SecondmentForm): CreateSecondmentRequest {
  return {
    personIds: form.personIds,
    lendingServicePointId: form.lendingServicePointId,
    borrowingServicePointId: form.borrowingServicePointId,
    firstDay: form.firstDay,
    lastDay: form.lastDay,
    ...(form.note.trim() ? { note: form.note.trim() } : {}),
  };
}

/** The transitions a secondment allows: PLANNED → ACTIVE → ENDED; PLANNED or ACTIVE → CANCELLED. */
export function secondmentSteps(status: SecondmentStatus): ("activate" | "end" | "cancel")[] {
  switch (status) {
    case "PLANNED":
      return ["activate", "cancel"];
    case "ACTIVE":
      return ["end", "cancel"];
    default:
      return [];
  }
}
