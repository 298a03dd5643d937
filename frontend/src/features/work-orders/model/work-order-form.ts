import { zonedDateTimeToIso } from "@/lib/format";
import { isBlank } from "@/lib/validation";
import type { CreateWorkOrderRequest, Priority, WorkOrderType } from "../api/work-orders";

export const WORK_ORDER_TYPES = ["INSTALLATION", "REPAIR", "MAINTENANCE", "INSPECTION"] as const satisfies readonly WorkOrderType[];
export const PRIORITIES = ["LOW", "NORMAL", "HIGH", "URGENT"] as const satisfies readonly Priority[];
export const TASKS = ["electricalWork", "welding", "workAtHeight"] as const satisfies readonly (keyof CreateWorkOrderRequest["tasks"])[];
export type Task = (typeof TASKS)[number];

export interface ItemRow {
  name: string;
  quantity: string;
}

/** Form state of "new work order"; the appointment is a date and a time window in the tenant's zone. */
export interface WorkOrderForm {
  type: WorkOrderType;
  priority: Priority;
  customerId: string;
  description: string;
  tasks: Record<Task, boolean>;
  items: ItemRow[];
  date: string;
  startTime: string;
  endTime: string;
}

export function emptyWorkOrderForm(today: string): WorkOrderForm {
  return {
    type: "INSTALLATION",
    priority: "NORMAL",
    customerId: "",
    description: "",
    tasks: { electricalWork: false, welding: false, workAtHeight: false },
    items: [],
    date: today,
    startTime: "09:00",
    endTime: "11:00",
  };
}

export type WorkOrderFormProblem = "required" | "uuid" | "date" | "time" | "endBeforeStart" | "quantity";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const QUANTITY = /^\d{1,6}$/;

export function isUuid(text: string): boolean {
  return UUID.test(text.trim());
}

/**
 * Problems keyed by the request's JSON path, so the server's messages land on the same controls; the window's
 * date and times are keyed "appointment.date", "appointment.start" and "appointment.end".
 */
export function validateWorkOrderForm(form: WorkOrderForm, timeZone: string): Record<string, WorkOrderFormProblem> {
  const problems: Record<string, WorkOrderFormProblem> = {};
  if (isBlank(form.customerId)) problems.customerId = "required";
  else if (!isUuid(form.customerId)) problems.customerId = "uuid";
  if (isBlank(form.description)) problems.description = "required";
  form.items.forEach((item, index) => {
    if (isBlank(item.name)) problems[`itemsToBring[${index}].name`] = "required";
    const quantity = Number(item.quantity.trim());
    if (!QUANTITY.test(item.quantity.trim()) || quantity < 1 || quantity > 100_000) {
      problems[`itemsToBring[${index}].quantity`] = "quantity";
    }
  });
  const start = zonedDateTimeToIso(form.date, form.startTime, timeZone);
  const end = zonedDateTimeToIso(form.date, form.endTime, timeZone);
  if (zonedDateTimeToIso(form.date, "12:00", timeZone) === null) problems["appointment.date"] = "date";
  else {
    if (!start) problems["appointment.start"] = "time";
    if (!end) problems["appointment.end"] = "time";
    if (start && end && Date.parse(end) <= Date.parse(start)) problems["appointment.end"] = "endBeforeStart";
  }
  return problems;
}

/** The body of POST /api/v1/work-orders for a valid form. */
export function toCreateWorkOrderRequest(form: WorkOrderForm, timeZone: string): CreateWorkOrderRequest {
  return {
    type: form.type,
    priority: form.priority,
    customerId: form.customerId.trim().toLowerCase(),
    description: form.description.trim(),
    tasks: { ...form.tasks },
    itemsToBring: form.items.map((item) => ({ name: item.name.trim(), quantity: Number(item.quantity.trim()) })),
    appointment: {
      start: zonedDateTimeToIso(form.date, form.startTime, timeZone) ?? "",
      end: zonedDateTimeToIso(form.date, form.endTime, timeZone) ?? "",
    },
  };
}

/** Qualifications the chosen tasks make the server require (electrician certificate for electrical work, …). */
export function impliedQualifications(tasks: Record<Task, boolean>) {
  return [
    ...(tasks.electricalWork ? (["ELECTRICIAN"] as const) : []),
    ...(tasks.welding ? (["WELDING"] as const) : []),
    ...(tasks.workAtHeight ? (["HEIGHT"] as const) : []),
  ];
}
