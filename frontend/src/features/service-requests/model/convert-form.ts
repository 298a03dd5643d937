import {
  noTasks,
  toAppointment,
  toFee,
  toItemsToBring,
  validateAppointment,
  validateFee,
  validateItems,
  isFaultCategory,
  type AppointmentInput,
  type ItemRow,
  type Task,
  type WorkOrderInputProblem,
} from "@/lib/work-order-input";
import { localDateOf, localTimeOf } from "@/lib/format";
import { isBlank } from "@/lib/validation";
import type { Schema } from "@/lib/api/schema-types";
import type { ConvertRequest, ServiceRequest } from "../api/service-requests";

/** The work order a request becomes: the customer and asset come from the request. */
export interface ConvertForm extends AppointmentInput {
  type: Schema<"WorkOrderType">;
  priority: Schema<"Priority">;
  /** A site of the request's customer, or "". */
  siteId: string;
  tasks: Record<Task, boolean>;
  items: ItemRow[];
  /** e.g. "no-gps-signal"; a repair of the same category on the same asset soon after is linked as rework. */
  faultCategory: string;
  /** "" for none: a repair of an asset out of warranty then gets the catalogue's out-of-warranty fee. */
  fee: string;
}

/** A fault becomes a repair, everything else keeps its kind of work: an installation, a maintenance visit, or an inspection. */
function typeFor(category: ServiceRequest["category"]): ConvertForm["type"] {
  switch (category) {
    case "INSTALLATION":
      return "INSTALLATION";
    case "MAINTENANCE":
      return "MAINTENANCE";
    case "FAULT":
    case "COMPLAINT":
      return "REPAIR";
    default:
      return "INSPECTION";
  }
}

/** The window the customer booked online, as the form holds it; a window over midnight is left to the person. */
function bookedWindow(slot: ServiceRequest["preferredSlot"], timeZone: string): AppointmentInput | null {
  if (!slot || localDateOf(slot.start, timeZone) !== localDateOf(slot.end, timeZone)) return null;
  return {
    date: localDateOf(slot.start, timeZone),
    startTime: localTimeOf(slot.start, timeZone),
    endTime: localTimeOf(slot.end, timeZone),
  };
}

/** A start from the request: an online booking brings the slot and the site the customer chose. */
export function emptyConvertForm(
  request: Pick<ServiceRequest, "category" | "preferredSlot" | "siteId">,
  today: string,
  timeZone: string,
): ConvertForm {
  return {
    type: typeFor(request.category),
    priority: request.category === "COMPLAINT" ? "HIGH" : "NORMAL",
    siteId: request.siteId ?? "",
    tasks: noTasks(),
    items: [],
    ...(bookedWindow(request.preferredSlot, timeZone) ?? { date: today, startTime: "09:00", endTime: "11:00" }),
    faultCategory: "",
    fee: "",
  };
}

export type ConvertProblem = WorkOrderInputProblem | "faultCategory";

export function validateConvertForm(form: ConvertForm, timeZone: string): Record<string, ConvertProblem> {
  const problems: Record<string, ConvertProblem> = {
    ...validateFee(form.fee),
    ...validateItems(form.items),
    ...validateAppointment(form, timeZone),
  };
  if (!isBlank(form.faultCategory) && !isFaultCategory(form.faultCategory)) problems.faultCategory = "faultCategory";
  return problems;
}

/** The body of POST /service-requests/{id}/convert for a valid form and the request's version. */
export function toConvertRequest(form: ConvertForm, version: number, timeZone: string): ConvertRequest {
  return {
    version,
    type: form.type,
    priority: form.priority,
    ...(form.siteId ? { siteId: form.siteId } : {}),
    tasks: { ...form.tasks },
    itemsToBring: toItemsToBring(form.items),
    appointment: toAppointment(form, timeZone),
    ...(isBlank(form.faultCategory) ? {} : { faultCategory: form.faultCategory.trim() }),
    ...toFee(form.fee),
  };
}
