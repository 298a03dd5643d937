import { addDays, localDateOf, localTimeOf } from "@/lib/format";
import { isBlank } from "@/lib/validation";
import {
  isFaultCategory,
  noTasks,
  toAppointment,
  toFee,
  toItemsToBring,
  validateAppointment,
  validateFee,
  validateItems,
  type ItemRow,
  type Task,
  type WorkOrderInputProblem,
} from "@/lib/work-order-input";
import type { CreateWorkOrderRequest, Priority, WorkOrderType } from "../api/work-orders";

export { PRIORITIES, TASKS, WORK_ORDER_TYPES, impliedQualifications } from "@/lib/work-order-input";
export type { ItemRow, Task } from "@/lib/work-order-input";

/** Form state of "new work order"; the appointment is a date and a time window in the tenant's zone. */
export interface WorkOrderForm {
  type: WorkOrderType;
  priority: Priority;
  customerId: string;
  /** A site of the customer, or "" for none. */
  siteId: string;
  /** Assets of the customer the order is about. */
  assetIds: string[];
  description: string;
  tasks: Record<Task, boolean>;
  items: ItemRow[];
  date: string;
  startTime: string;
  endTime: string;
  /** Optional, e.g. "no-gps-signal"; "" for none. */
  faultCategory: string;
  /** The fee of a paid service, or "" for none (a repair out of warranty then gets the catalogue's fee). */
  fee: string;
  /** The connection application (报装接电) the order works for: a survey, installation or inspection; "" for none. */
  connectionApplicationId?: string;
}

export function emptyWorkOrderForm(today: string): WorkOrderForm {
  return {
    type: "INSTALLATION",
    priority: "NORMAL",
    customerId: "",
    siteId: "",
    assetIds: [],
    description: "",
    tasks: noTasks(),
    items: [],
    date: today,
    startTime: "09:00",
    endTime: "11:00",
    faultCategory: "",
    fee: "",
  };
}

/** Working hours a proposed appointment stays within, as wall-clock times ("09:00"). */
export interface WorkingWindow {
  start: string;
  end: string;
}

export const DEFAULT_WORKING_WINDOW: WorkingWindow = { start: "09:00", end: "18:00" };

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const timeOf = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/**
 * The appointment a dispatcher would propose: a two-hour window starting at the next full hour at least an hour
 * from now, inside working hours; when today has no room left, the next day at the start of work.
 */
export function proposedAppointment(
  now: Date,
  timeZone: string,
  hours: WorkingWindow = DEFAULT_WORKING_WINDOW,
): Pick<WorkOrderForm, "date" | "startTime" | "endTime"> {
  const length = Math.min(120, minutesOf(hours.end) - minutesOf(hours.start));
  const today = localDateOf(now, timeZone);
  const nowMinutes = minutesOf(localTimeOf(now, timeZone));
  const start = Math.max(minutesOf(hours.start), Math.ceil((nowMinutes + 60) / 60) * 60);
  if (start + length <= minutesOf(hours.end)) {
    return { date: today, startTime: timeOf(start), endTime: timeOf(start + length) };
  }
  const begin = minutesOf(hours.start);
  return { date: addDays(today, 1), startTime: timeOf(begin), endTime: timeOf(begin + length) };
}

export type WorkOrderFormProblem = WorkOrderInputProblem | "faultCategory";

/**
 * Problems keyed by the request's JSON path, so the server's messages land on the same controls; the window's
 * date and times are keyed "appointment.date", "appointment.start" and "appointment.end".
 */
export function validateWorkOrderForm(form: WorkOrderForm, timeZone: string): Record<string, WorkOrderFormProblem> {
  const problems: Record<string, WorkOrderFormProblem> = {};
  // The customer is picked from the search, so an id is either there or not.
  if (isBlank(form.customerId)) problems.customerId = "required";
  if (isBlank(form.description)) problems.description = "required";
  if (!isBlank(form.faultCategory) && !isFaultCategory(form.faultCategory)) problems.faultCategory = "faultCategory";
  return {
    ...problems,
    ...validateFee(form.fee),
    ...validateItems(form.items),
    ...validateAppointment(form, timeZone),
  };
}

/** The body of POST /api/v1/work-orders for a valid form. */
export function toCreateWorkOrderRequest(form: WorkOrderForm, timeZone: string): CreateWorkOrderRequest {
  return {
    type: form.type,
    priority: form.priority,
    customerId: form.customerId.trim().toLowerCase(),
    ...(form.siteId ? { siteId: form.siteId } : {}),
    ...(form.assetIds.length > 0 ? { assetIds: [...form.assetIds] } : {}),
    description: form.description.trim(),
    tasks: { ...form.tasks },
    itemsToBring: toItemsToBring(form.items),
    appointment: toAppointment(form, timeZone),
    ...(isBlank(form.faultCategory) ? {} : { faultCategory: form.faultCategory.trim() }),
    ...toFee(form.fee),
    ...(form.connectionApplicationId ? { connectionApplicationId: form.connectionApplicationId } : {}),
  };
}
