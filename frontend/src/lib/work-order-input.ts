import type { Schema } from "./api/schema-types";
import { zonedDateTimeToIso } from "./format";
import { isAmount, toAmount } from "./money";
import { isBlank } from "./validation";

// What a new work order asks for, shared by "new work order" and "convert a service request into a work order":
// both send the same type, tasks, appointment window and items to bring.

type WorkOrderType = Schema<"WorkOrderType">;
type Priority = Schema<"Priority">;
type WorkOrderTasks = Schema<"WorkOrderTasks">;
type ItemToBring = Schema<"ItemToBring">;
type Appointment = Schema<"Appointment">;
type Qualification = Schema<"Qualification">;

export const WORK_ORDER_TYPES = [
  "INSTALLATION",
  "REPAIR",
  "MAINTENANCE",
  "INSPECTION",
] as const satisfies readonly WorkOrderType[];
export const PRIORITIES = ["LOW", "NORMAL", "HIGH", "URGENT"] as const satisfies readonly Priority[];
export const TASKS = ["electricalWork", "welding", "workAtHeight"] as const satisfies readonly (keyof WorkOrderTasks)[];
export type Task = (typeof TASKS)[number];

export interface ItemRow {
  name: string;
  quantity: string;
}

/** An appointment window as the form holds it: a date and two wall-clock times in the tenant's zone. */
export interface AppointmentInput {
  date: string;
  startTime: string;
  endTime: string;
}

export type WorkOrderInputProblem = "required" | "date" | "time" | "endBeforeStart" | "quantity" | "money";

const QUANTITY = /^\d{1,6}$/;

export function noTasks(): Record<Task, boolean> {
  return { electricalWork: false, welding: false, workAtHeight: false };
}

/** Problems of the items to bring, keyed "itemsToBring[0].name" like the server's field errors. */
export function validateItems(items: readonly ItemRow[]): Record<string, WorkOrderInputProblem> {
  const problems: Record<string, WorkOrderInputProblem> = {};
  items.forEach((item, index) => {
    if (isBlank(item.name)) problems[`itemsToBring[${index}].name`] = "required";
    const quantity = Number(item.quantity.trim());
    if (!QUANTITY.test(item.quantity.trim()) || quantity < 1 || quantity > 100_000) {
      problems[`itemsToBring[${index}].quantity`] = "quantity";
    }
  });
  return problems;
}

/** Problems of the window, keyed "appointment.date", "appointment.start" and "appointment.end". */
export function validateAppointment(input: AppointmentInput, timeZone: string): Record<string, WorkOrderInputProblem> {
  const problems: Record<string, WorkOrderInputProblem> = {};
  const start = zonedDateTimeToIso(input.date, input.startTime, timeZone);
  const end = zonedDateTimeToIso(input.date, input.endTime, timeZone);
  if (zonedDateTimeToIso(input.date, "12:00", timeZone) === null) problems["appointment.date"] = "date";
  else {
    if (!start) problems["appointment.start"] = "time";
    if (!end) problems["appointment.end"] = "time";
    if (start && end && Date.parse(end) <= Date.parse(start)) problems["appointment.end"] = "endBeforeStart";
  }
  return problems;
}

/** The fee is empty or an amount, keyed "fee". */
export function validateFee(fee: string): Record<string, WorkOrderInputProblem> {
  return isBlank(fee) || isAmount(fee) ? {} : { fee: "money" };
}

/**
 * The fee to send: left out when empty, so the server sets the catalogue's out-of-warranty fee on a repair out of
 * warranty (and none otherwise); "0" waives it.
 */
export function toFee(fee: string): { fee?: string } {
  return isBlank(fee) ? {} : { fee: toAmount(fee) };
}

export function toItemsToBring(items: readonly ItemRow[]): ItemToBring[] {
  return items.map((item) => ({ name: item.name.trim(), quantity: Number(item.quantity.trim()) }));
}

/** The window as instants with the zone's offset, for a valid input. */
export function toAppointment(input: AppointmentInput, timeZone: string): Appointment {
  return {
    start: zonedDateTimeToIso(input.date, input.startTime, timeZone) ?? "",
    end: zonedDateTimeToIso(input.date, input.endTime, timeZone) ?? "",
  };
}

/** Qualifications the chosen tasks make the server require (electrician certificate for electrical work, …). */
export function impliedQualifications(tasks: Record<Task, boolean>): Qualification[] {
  return [
    ...(tasks.electricalWork ? (["ELECTRICIAN"] as const) : []),
    ...(tasks.welding ? (["WELDING"] as const) : []),
    ...(tasks.workAtHeight ? (["HEIGHT"] as const) : []),
  ];
}

const FAULT_CATEGORY = /^[a-z0-9][a-z0-9-]{0,49}$/;

/** The contract's fault category: lower-case letters, digits and dashes, e.g. "no-gps-signal". */
export function isFaultCategory(text: string): boolean {
  return FAULT_CATEGORY.test(text.trim());
}
