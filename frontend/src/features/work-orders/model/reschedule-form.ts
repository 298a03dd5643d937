import { localDateOf, localTimeOf } from "@/lib/format";
import { isBlank } from "@/lib/validation";
import {
  toAppointment,
  validateAppointment,
  type AppointmentInput,
  type WorkOrderInputProblem,
} from "@/lib/work-order-input";
import type { RescheduleRequest, WorkOrder } from "../api/work-orders";

/** The new appointment window agreed with the customer, and why it moved. */
export interface RescheduleForm extends AppointmentInput {
  reason: string;
}

/** Starts from the current window, as the tenant's wall clock shows it. */
export function rescheduleFormOf(order: Pick<WorkOrder, "appointment">, timeZone: string): RescheduleForm {
  const { start, end } = order.appointment;
  return {
    date: localDateOf(start, timeZone),
    startTime: localTimeOf(start, timeZone),
    endTime: localTimeOf(end, timeZone),
    reason: "",
  };
}

export function validateReschedule(form: RescheduleForm, timeZone: string): Record<string, WorkOrderInputProblem> {
  return validateAppointment(form, timeZone);
}

/** The body of POST …/reschedule for a valid form. */
export function toRescheduleRequest(form: RescheduleForm, version: number, timeZone: string): RescheduleRequest {
  return {
    version,
    appointment: toAppointment(form, timeZone),
    ...(isBlank(form.reason) ? {} : { reason: form.reason.trim() }),
  };
}
