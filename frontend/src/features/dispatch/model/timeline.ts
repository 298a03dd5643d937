import { addDays, zonedDateTimeToIso } from "@/lib/format";
import type { Appointment, DispatchCard, DispatchRow } from "../api/dispatch";

const MINUTE_MS = 60_000;
export const DAY_MINUTES = 24 * 60;
/** Moves snap to quarter hours, as appointments are agreed. */
export const SNAP_MINUTES = 15;

/** The part of the day the timeline shows, in minutes after midnight of the board's day, and its scale. */
export interface Axis {
  start: number;
  end: number;
  pxPerHour: number;
}

/** 07:00–21:00 unless working hours or jobs reach further; always whole hours. */
export const DEFAULT_AXIS = { start: 7 * 60, end: 21 * 60 } as const;

/** "08:30" → 510; null for anything that is not a wall-clock time. */
export function minutesOfClock(time: string): number | null {
  const match = /^(\d{1,2}):(\d{2})/.exec(time);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 24 || minutes > 59) return null;
  return hours * 60 + minutes;
}

/** 510 → "08:30"; 1440 → "24:00". */
export function clockOf(minutes: number): string {
  const whole = Math.round(minutes);
  return `${String(Math.floor(whole / 60)).padStart(2, "0")}:${String(whole % 60).padStart(2, "0")}`;
}

/** Midnight of the day in the zone, as epoch milliseconds. */
function midnight(day: string, timeZone: string): number {
  return Date.parse(zonedDateTimeToIso(day, "00:00", timeZone) ?? `${day}T00:00:00Z`);
}

/** Minutes from midnight of the day (tenant's zone) to the instant; negative before the day, past 1440 after it. */
export function minuteOfDay(iso: string, day: string, timeZone: string): number {
  return Math.round((Date.parse(iso) - midnight(day, timeZone)) / MINUTE_MS);
}

/** The instant at a minute of the day in the zone, with the zone's offset ("2030-07-01T10:15:00+08:00"). */
export function isoAtMinute(day: string, minute: number, timeZone: string): string {
  const days = Math.floor(minute / DAY_MINUTES);
  const rest = minute - days * DAY_MINUTES;
  const date = addDays(day, days);
  return (
    zonedDateTimeToIso(date, clockOf(rest), timeZone) ??
    new Date(midnight(day, timeZone) + minute * MINUTE_MS).toISOString()
  );
}

/** An appointment as minutes of the board's day. */
export interface Span {
  start: number;
  end: number;
}

export function spanOf(appointment: Appointment, day: string, timeZone: string): Span {
  return { start: minuteOfDay(appointment.start, day, timeZone), end: minuteOfDay(appointment.end, day, timeZone) };
}

/** The axis that shows the default hours, every installer's working hours and every job, in whole hours. */
export function axisFor(
  rows: readonly Pick<DispatchRow, "workingHoursStart" | "workingHoursEnd" | "jobs">[],
  queue: readonly Pick<DispatchCard, "appointment">[],
  day: string,
  timeZone: string,
  pxPerHour: number,
): Axis {
  let start: number = DEFAULT_AXIS.start;
  let end: number = DEFAULT_AXIS.end;
  const widen = (from: number | null, to: number | null) => {
    if (from !== null) start = Math.min(start, from);
    if (to !== null) end = Math.max(end, to);
  };
  for (const row of rows) {
    widen(minutesOfClock(row.workingHoursStart), minutesOfClock(row.workingHoursEnd));
    for (const job of row.jobs) {
      const span = spanOf(job.appointment, day, timeZone);
      widen(span.start, span.end);
    }
  }
  for (const card of queue) {
    const span = spanOf(card.appointment, day, timeZone);
    widen(span.start, span.end);
  }
  return {
    start: Math.max(0, Math.floor(start / 60) * 60),
    end: Math.min(DAY_MINUTES, Math.ceil(end / 60) * 60),
    pxPerHour,
  };
}

export function axisWidth(axis: Axis): number {
  return ((axis.end - axis.start) / 60) * axis.pxPerHour;
}

/** Where a minute of the day sits on the track, in pixels from its left edge (clamped to the axis). */
export function xOfMinute(minute: number, axis: Axis): number {
  const clamped = Math.min(axis.end, Math.max(axis.start, minute));
  return ((clamped - axis.start) / 60) * axis.pxPerHour;
}

/** The minute of the day at a pixel of the track. */
export function minuteAtX(x: number, axis: Axis): number {
  return axis.start + (x / axis.pxPerHour) * 60;
}

export function snap(minute: number, step: number = SNAP_MINUTES): number {
  return Math.round(minute / step) * step;
}

/** The full hours of the axis, each with its position: the ticks of the time scale. */
export function hourTicks(axis: Axis): { minute: number; x: number; label: string }[] {
  const ticks = [];
  for (let minute = axis.start; minute <= axis.end; minute += 60) {
    ticks.push({ minute, x: xOfMinute(minute, axis), label: clockOf(minute) });
  }
  return ticks;
}

/** The stretches of the axis outside the installer's working hours, to be shaded. */
export function offHours(workingStart: string, workingEnd: string, axis: Axis): Span[] {
  const from = minutesOfClock(workingStart);
  const to = minutesOfClock(workingEnd);
  if (from === null || to === null || to <= from) return [{ start: axis.start, end: axis.end }];
  const spans: Span[] = [];
  if (from > axis.start) spans.push({ start: axis.start, end: Math.min(from, axis.end) });
  if (to < axis.end) spans.push({ start: Math.max(to, axis.start), end: axis.end });
  return spans;
}

/**
 * Where a dragged job starts: the pointer's minute less where the card was grabbed, snapped to a quarter hour and
 * kept within the axis with its whole duration.
 */
export function dropStart(pointerMinute: number, grabOffset: number, duration: number, axis: Axis): number {
  const latest = Math.max(axis.start, axis.end - duration);
  return Math.min(latest, Math.max(axis.start, snap(pointerMinute - grabOffset)));
}

/** The appointment moved to start at a minute of the day, its duration kept. */
export function movedAppointment(
  appointment: Appointment,
  startMinute: number,
  day: string,
  timeZone: string,
): Appointment {
  const duration = Math.round((Date.parse(appointment.end) - Date.parse(appointment.start)) / MINUTE_MS);
  return {
    start: isoAtMinute(day, startMinute, timeZone),
    end: isoAtMinute(day, startMinute + duration, timeZone),
  };
}

export function durationMinutes(appointment: Appointment): number {
  return Math.round((Date.parse(appointment.end) - Date.parse(appointment.start)) / MINUTE_MS);
}

/** Lanes of a row: jobs at overlapping times are stacked, each in the first lane free at its start. */
export function lanesOf<Job extends { id: string }>(jobs: readonly Job[], spanOfJob: (job: Job) => Span) {
  const sorted = [...jobs].sort(
    (a, b) => spanOfJob(a).start - spanOfJob(b).start || spanOfJob(a).end - spanOfJob(b).end,
  );
  const laneEnds: number[] = [];
  const lane = new Map<string, number>();
  for (const job of sorted) {
    const span = spanOfJob(job);
    let index = laneEnds.findIndex((end) => end <= span.start);
    if (index < 0) {
      index = laneEnds.length;
      laneEnds.push(span.end);
    } else {
      laneEnds[index] = span.end;
    }
    lane.set(job.id, index);
  }
  return { lane, count: Math.max(1, laneEnds.length) };
}

/** Straight-line distance in km between two points on the earth (haversine). */
export function straightKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The time between two consecutive jobs of an installer, and how far apart their sites are when both are known. */
export interface TravelGap {
  fromId: string;
  toId: string;
  fromNumber: string;
  toNumber: string;
  start: number;
  end: number;
  /** Minutes between the end of one and the start of the next; negative when they overlap. */
  minutes: number;
  /** Straight-line km between the sites, when both have coordinates. */
  km: number | null;
}

export function coordinatesOf(card: Pick<DispatchCard, "latitude" | "longitude">) {
  return card.latitude != null && card.longitude != null
    ? { latitude: card.latitude, longitude: card.longitude }
    : null;
}

/** The gaps between an installer's consecutive jobs of the day, by start. */
export function travelGaps(jobs: readonly DispatchCard[], day: string, timeZone: string): TravelGap[] {
  const sorted = [...jobs].sort(
    (a, b) => Date.parse(a.appointment.start) - Date.parse(b.appointment.start) || a.number.localeCompare(b.number),
  );
  const gaps: TravelGap[] = [];
  for (let index = 1; index < sorted.length; index++) {
    const from = sorted[index - 1]!;
    const to = sorted[index]!;
    const start = minuteOfDay(from.appointment.end, day, timeZone);
    const end = minuteOfDay(to.appointment.start, day, timeZone);
    const a = coordinatesOf(from);
    const b = coordinatesOf(to);
    gaps.push({
      fromId: from.id,
      toId: to.id,
      fromNumber: from.number,
      toNumber: to.number,
      start,
      end,
      minutes: end - start,
      km: a && b ? Math.round(straightKm(a, b) * 10) / 10 : null,
    });
  }
  return gaps;
}
