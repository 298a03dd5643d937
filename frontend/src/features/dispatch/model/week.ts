import { addDays, localDateOf, mondayOf } from "@/lib/format";
import type { DispatchBoard, DispatchCard, DispatchRow } from "../api/dispatch";
import { minuteOfDay } from "./timeline";

export const WEEK_DAYS = 7;

/** The seven days of the week the day falls in, Monday first (weeks start on Monday in China). */
export function weekOf(day: string): string[] {
  const monday = mondayOf(day);
  return Array.from({ length: WEEK_DAYS }, (_, index) => addDays(monday, index));
}

/** One installer across the week: their row of each day's board, null where that day's board has none for them. */
export interface WeekRow {
  id: string;
  displayName: string;
  days: (DispatchRow | null)[];
}

function byStart(a: DispatchCard, b: DispatchCard): number {
  return Date.parse(a.appointment.start) - Date.parse(b.appointment.start) || a.number.localeCompare(b.number);
}

/**
 * The installers of a week's boards (one per day, undefined while a day is not read): one row each, in the order
 * of the first board, then anyone new in the order they first appear; each day's jobs by start.
 */
export function weekRows(boards: readonly (Pick<DispatchBoard, "rows"> | undefined)[]): WeekRow[] {
  const rows = new Map<string, WeekRow>();
  boards.forEach((board, dayIndex) => {
    for (const row of board?.rows ?? []) {
      let week = rows.get(row.id);
      if (!week) {
        week = { id: row.id, displayName: row.displayName, days: boards.map(() => null) };
        rows.set(row.id, week);
      }
      week.days[dayIndex] = { ...row, jobs: [...row.jobs].sort(byStart) };
    }
  });
  return [...rows.values()];
}

/** Minutes after midnight of its own day (in the zone) at which the job starts: a move to another day keeps it. */
export function startMinuteOf(card: Pick<DispatchCard, "appointment">, timeZone: string): number {
  const start = card.appointment.start;
  return minuteOfDay(start, localDateOf(start, timeZone), timeZone);
}
