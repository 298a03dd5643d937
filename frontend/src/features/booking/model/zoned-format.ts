import { DEFAULT_TIME_ZONE, formatDateTime, isValidTimeZone, localDateOf, localTimeOf } from "@/lib/format";
import type { Slot } from "../api/booking";

/** Dates and times of a booking as the customer reads them, in the tenant's time zone. */
export interface BookingFormat {
  timeZone: string;
  /** "3月6日 周五" / "Fri, Mar 6": the day of an instant. */
  day: (iso: string) => string;
  /** "09:30". */
  time: (iso: string) => string;
  dateTime: (iso: string) => string;
  /** "3月6日 周五 09:00–11:00": a slot or appointment window. */
  window: (slot: Slot) => string;
}

/** The zone the customer's device is in: the best guess while the tenant's zone is not known. */
export function deviceTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isValidTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
}

export function bookingFormat(timeZone: string, locale: string): BookingFormat {
  const zone = isValidTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE;
  const dayFormat = new Intl.DateTimeFormat(locale, {
    month: "short",
    day: "numeric",
    weekday: "short",
    timeZone: zone,
  });
  const day = (iso: string) => dayFormat.format(new Date(iso));
  const time = (iso: string) => localTimeOf(iso, zone);
  return {
    timeZone: zone,
    day,
    time,
    dateTime: (iso) => formatDateTime(iso, zone, locale),
    window: ({ start, end }) =>
      localDateOf(start, zone) === localDateOf(end, zone)
        ? `${day(start)} ${time(start)}–${time(end)}`
        : `${day(start)} ${time(start)} – ${day(end)} ${time(end)}`,
  };
}
