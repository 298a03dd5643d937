import type { AttendanceDetail, Clock } from "../api/attendance";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month in the URL (`?month=2026-03`) when valid, else the current month of `today`. */
export function monthFrom(value: string | null, today: string): string {
  return value && MONTH.test(value) ? value : today.slice(0, 7);
}

/** The caller's clock-in still open today, if any: the clock button then clocks out. */
export function openClock(detail: AttendanceDetail | undefined, today: string): Clock | null {
  const day = detail?.days.find((entry) => entry.date === today);
  return day?.clocks.find((clock) => !clock.clockOutAt) ?? null;
}
