import { isBlank } from "@/lib/validation";
import type { CreateTripRequest } from "../api/trips";

export type TripProblem = "required" | "people" | "dateOrder" | "workOrderIds";
export type Problems = Record<string, TripProblem>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface TripForm {
  personIds: string[];
  destination: string;
  firstDay: string;
  lastDay: string;
  /** Work order ids, one per line or separated by commas or spaces (copied from the orders' pages). */
  workOrderIds: string;
  purpose: string;
  servicePointId: string;
}

export function emptyTripForm(): TripForm {
  return {
    personIds: [],
    destination: "",
    firstDay: "",
    lastDay: "",
    workOrderIds: "",
    purpose: "",
    servicePointId: "",
  };
}

export function parseIds(text: string): string[] {
  return text
    .split(/[\s,，;；]+/)
    .map((id) => id.trim().toLowerCase())
    .filter(Boolean);
}

export function validateTrip(form: TripForm): Problems {
  const problems: Problems = {};
  if (form.personIds.length === 0) problems.personIds = "people";
  if (isBlank(form.destination)) problems.destination = "required";
  if (!DATE.test(form.firstDay)) problems.firstDay = "required";
  if (!DATE.test(form.lastDay)) problems.lastDay = "required";
  else if (DATE.test(form.firstDay) && form.lastDay < form.firstDay) problems.lastDay = "dateOrder";
  if (parseIds(form.workOrderIds).some((id) => !UUID.test(id))) problems.workOrderIds = "workOrderIds";
  if (isBlank(form.purpose)) problems.purpose = "required";
  return problems;
}

export function toCreateTrip(form: TripForm): CreateTripRequest {
  return {
    personIds: form.personIds,
    destination: form.destination.trim(),
    firstDay: form.firstDay,
    lastDay: form.lastDay,
    workOrderIds: [...new Set(parseIds(form.workOrderIds))],
    purpose: form.purpose.trim(),
    ...(form.servicePointId ? { servicePointId: form.servicePointId } : {}),
  };
}
