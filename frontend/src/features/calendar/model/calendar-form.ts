import type { Schema } from "@/lib/api/schema-types";

export type WorkingCalendar = Schema<"WorkingCalendar">;
export type CalendarDay = Schema<"CalendarDay">;
export type Weekday = WorkingCalendar["workingDays"][number];
export type DayList = "holidays" | "makeUpWorkingDays";

export const WEEKDAYS = [
  "MONDAY",
  "TUESDAY",
  "WEDNESDAY",
  "THURSDAY",
  "FRIDAY",
  "SATURDAY",
  "SUNDAY",
] as const satisfies readonly Weekday[];

/** A day row of the form; `key` keeps React's identity stable while rows are added and removed. */
export type DayRow = CalendarDay & { key: string };

export interface CalendarFormValues {
  workingDays: Weekday[];
  holidays: DayRow[];
  makeUpWorkingDays: DayRow[];
}

let rowCounter = 0;
export function newRow(day: CalendarDay = { date: "", name: "" }): DayRow {
  rowCounter += 1;
  return { ...day, key: `row-${rowCounter}` };
}

function byDate(a: CalendarDay, b: CalendarDay): number {
  return a.date.localeCompare(b.date);
}

export function toCalendarForm(calendar: WorkingCalendar): CalendarFormValues {
  return {
    workingDays: WEEKDAYS.filter((day) => calendar.workingDays.includes(day)),
    holidays: [...calendar.holidays].sort(byDate).map((day) => newRow(day)),
    makeUpWorkingDays: [...calendar.makeUpWorkingDays].sort(byDate).map((day) => newRow(day)),
  };
}

/** The body of PUT /api/v1/calendar; rows keep their order so server paths like holidays[2].date match. */
export function toWorkingCalendar(values: CalendarFormValues, version: number): WorkingCalendar {
  const strip = (rows: DayRow[]): CalendarDay[] => rows.map(({ date, name }) => ({ date, name: name.trim() }));
  return {
    version,
    workingDays: WEEKDAYS.filter((day) => values.workingDays.includes(day)),
    holidays: strip(values.holidays),
    makeUpWorkingDays: strip(values.makeUpWorkingDays),
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export type CalendarProblemKey = "required" | "date" | "duplicateDate" | "holidayAndMakeUp" | "workingDays";

/** Problems keyed by the JSON path the server would use: "workingDays", "holidays[0].date", … */
export function validateCalendar(values: CalendarFormValues): Record<string, CalendarProblemKey> {
  const problems: Record<string, CalendarProblemKey> = {};
  if (values.workingDays.length === 0) {
    problems.workingDays = "workingDays";
  }
  const holidayDates = new Set(values.holidays.map((row) => row.date).filter(Boolean));
  for (const list of ["holidays", "makeUpWorkingDays"] as const) {
    const seen = new Set<string>();
    values[list].forEach((row, index) => {
      const path = `${list}[${index}]`;
      if (!row.date) {
        problems[`${path}.date`] = "required";
      } else if (!ISO_DATE.test(row.date) || Number.isNaN(Date.parse(row.date))) {
        problems[`${path}.date`] = "date";
      } else if (seen.has(row.date)) {
        problems[`${path}.date`] = "duplicateDate";
      } else if (list === "makeUpWorkingDays" && holidayDates.has(row.date)) {
        problems[`${path}.date`] = "holidayAndMakeUp";
      }
      seen.add(row.date);
      if (!row.name.trim()) {
        problems[`${path}.name`] = "required";
      }
    });
  }
  return problems;
}
