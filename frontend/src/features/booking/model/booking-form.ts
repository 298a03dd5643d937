import { fieldErrorsOf, isProblemType } from "@/lib/api/problem";
import { localDateOf } from "@/lib/format";
import { isBlank, isPhone } from "@/lib/validation";
import type { BookingService, CreateBookingRequest, FreeSlot, Slot } from "../api/booking";

/** A customer's online booking as they fill it in on the phone. */
export interface BookingForm {
  service: BookingService | "";
  /** A product of the booking options, or "" for none. */
  productId: string;
  serialNumber: string;
  problem: string;
  name: string;
  phone: string;
  address: string;
  /** The chosen slot exactly as the options offered it: the server accepts only an offered slot. */
  slot: Slot | null;
}

/** The form's fields by the names the server's field errors use. */
export const BOOKING_FIELDS = [
  "service",
  "productId",
  "serialNumber",
  "problem",
  "name",
  "phone",
  "address",
  "preferredSlot",
] as const;
export type BookingField = (typeof BOOKING_FIELDS)[number];

export type BookingProblem = "required" | "phone" | "serviceRequired" | "slotRequired";

/** Nothing filled in; a page that offers one service only has it chosen already. */
export function emptyBookingForm(services: readonly BookingService[]): BookingForm {
  return {
    service: services.length === 1 ? services[0]! : "",
    productId: "",
    serialNumber: "",
    problem: "",
    name: "",
    phone: "",
    address: "",
    slot: null,
  };
}

/** What the form misses before it can be sent, keyed like the server's field errors. */
export function validateBookingForm(form: BookingForm): Partial<Record<BookingField, BookingProblem>> {
  const problems: Partial<Record<BookingField, BookingProblem>> = {};
  if (form.service === "") problems.service = "serviceRequired";
  if (isBlank(form.problem)) problems.problem = "required";
  if (isBlank(form.name)) problems.name = "required";
  if (isBlank(form.phone)) problems.phone = "required";
  else if (!isPhone(form.phone)) problems.phone = "phone";
  if (isBlank(form.address)) problems.address = "required";
  if (!form.slot) problems.preferredSlot = "slotRequired";
  return problems;
}

/** The body of POST /public/{tenantSlug}/bookings for a valid form. */
export function toCreateBookingRequest(form: BookingForm): CreateBookingRequest {
  if (form.service === "" || !form.slot) {
    throw new Error("toCreateBookingRequest needs a validated form");
  }
  return {
    name: form.name.trim(),
    phone: form.phone.trim(),
    address: form.address.trim(),
    service: form.service,
    ...(form.productId ? { productId: form.productId } : {}),
    ...(isBlank(form.serialNumber) ? {} : { serialNumber: form.serialNumber.trim() }),
    problem: form.problem.trim(),
    preferredSlot: { start: form.slot.start, end: form.slot.end },
  };
}

function isBookingField(field: string): field is BookingField {
  return (BOOKING_FIELDS as readonly string[]).includes(field);
}

/** The server's messages at the form's fields: "preferredSlot.start" and "preferredSlot" both stand at the slot picker. */
export function bookingFieldErrors(error: unknown): Partial<Record<BookingField, string>> {
  const result: Partial<Record<BookingField, string>> = {};
  for (const [path, message] of Object.entries(fieldErrorsOf(error))) {
    const field = path.split(/[.[]/)[0] ?? "";
    if (!isBookingField(field)) continue;
    const earlier = result[field];
    result[field] = earlier ? `${earlier}; ${message}` : message;
  }
  return result;
}

/** Someone else booked the slot meanwhile (409 slot-not-free): the customer picks another. */
export function isSlotTaken(error: unknown): boolean {
  return isProblemType(error, "slot-not-free");
}

/** Field paths the form shows next to its controls; anything else the server names goes to the banner. */
export const DISPLAYED_FIELDS: ReadonlySet<string> = new Set([
  ...BOOKING_FIELDS,
  "preferredSlot.start",
  "preferredSlot.end",
]);

// --- Slots --------------------------------------------------------------------------------------------------

export interface SlotDay {
  /** The calendar date in the tenant's zone, "2026-03-06". */
  date: string;
  slots: FreeSlot[];
}

function instant(iso: string): number {
  return new Date(iso).getTime();
}

/** Free slots by calendar day in the tenant's time zone; days and slots in time order. */
export function slotsByDay(slots: readonly FreeSlot[], timeZone: string): SlotDay[] {
  const days = new Map<string, FreeSlot[]>();
  for (const slot of [...slots].sort((a, b) => instant(a.start) - instant(b.start))) {
    const date = localDateOf(slot.start, timeZone);
    const day = days.get(date);
    if (day) day.push(slot);
    else days.set(date, [slot]);
  }
  return [...days].sort(([a], [b]) => a.localeCompare(b)).map(([date, daySlots]) => ({ date, slots: daySlots }));
}

/** Whether two slots are the same window, however their offsets are written ("Z" or "+08:00"). */
export function sameSlot(a: Slot | null | undefined, b: Slot | null | undefined): boolean {
  return !!a && !!b && instant(a.start) === instant(b.start) && instant(a.end) === instant(b.end);
}

/** A stable key of a slot for lists and radio values. */
export function slotKey(slot: Slot): string {
  return `${instant(slot.start)}-${instant(slot.end)}`;
}
