import type { Schema } from "@/lib/api/schema-types";

export type CountryOverview = Schema<"CountryCalendarOverview">;
export type CountrySchedule = Schema<"CountrySchedule">;
export type PublishSchedule = Schema<"PublishCountrySchedule">;
export type ScheduleWarning = Schema<"ScheduleWarning">;

/** The server's limit for an iCalendar upload (256 KiB); JSON follows the same bound. */
export const MAX_UPLOAD_BYTES = 256 * 1024;
export const FIRST_YEAR = 2000;
export const YEARS_AHEAD = 5;

export type UploadKind = "ics" | "json";
export type UploadProblem =
  | "country"
  | "year"
  | "noFile"
  | "fileType"
  | "fileSize"
  | "jsonSyntax"
  | "jsonShape"
  | "dateOutsideYear"
  | "duplicateDate"
  | "bothKinds"
  | "name";

/** Problems keyed like the server's `errors[].field`, so a server answer lands in the same place. */
export type UploadProblems = Record<string, UploadProblem>;

/** What the file is, by its name first (browsers often send no type for .ics), then by its media type. */
export function uploadKind(file: { name: string; type: string }): UploadKind | null {
  const name = file.name.toLowerCase();
  if (name.endsWith(".ics") || file.type === "text/calendar") return "ics";
  if (name.endsWith(".json") || file.type === "application/json") return "json";
  return null;
}

export function checkTarget(country: string, year: number | null, today: Date): UploadProblems {
  const problems: UploadProblems = {};
  if (!/^[A-Za-z]{2}$/.test(country.trim())) problems.country = "country";
  const last = today.getUTCFullYear() + YEARS_AHEAD;
  if (year === null || !Number.isInteger(year) || year < FIRST_YEAR || year > last) problems.year = "year";
  return problems;
}

export function checkFile(file: { name: string; type: string; size: number } | null): UploadProblems {
  if (!file) return { file: "noFile" };
  if (!uploadKind(file)) return { file: "fileType" };
  if (file.size > MAX_UPLOAD_BYTES) return { file: "fileSize" };
  return {};
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads a JSON schedule ({holidays: [{date, name}], makeUpWorkingDays: [...]}) and checks what the server checks, so a
 * mistake shows before the upload; the server stays the authority.
 */
export function parseJsonSchedule(text: string, year: number): { body?: PublishSchedule; problems: UploadProblems } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { problems: { file: "jsonSyntax" } };
  }
  const lists = data as { holidays?: unknown; makeUpWorkingDays?: unknown } | null;
  if (
    !lists ||
    typeof lists !== "object" ||
    !Array.isArray(lists.holidays) ||
    !Array.isArray(lists.makeUpWorkingDays)
  ) {
    return { problems: { file: "jsonShape" } };
  }
  const problems: UploadProblems = {};
  const seen = new Map<string, "holidays" | "makeUpWorkingDays">();
  const body: PublishSchedule = { holidays: [], makeUpWorkingDays: [] };
  for (const list of ["holidays", "makeUpWorkingDays"] as const) {
    (lists[list] as unknown[]).forEach((raw, index) => {
      const day = (raw ?? {}) as { date?: unknown; name?: unknown };
      const date = typeof day.date === "string" ? day.date : "";
      const name = typeof day.name === "string" ? day.name.trim() : "";
      const path = `${list}[${index}]`;
      if (!ISO_DATE.test(date) || Number.isNaN(Date.parse(date)) || Number(date.slice(0, 4)) !== year) {
        problems[`${path}.date`] = "dateOutsideYear";
      } else if (seen.has(date)) {
        problems[`${path}.date`] = seen.get(date) === list ? "duplicateDate" : "bothKinds";
      }
      if (!LETTER_OR_DIGIT.test(name) || name.length > 100) problems[`${path}.name`] = "name";
      seen.set(date, list);
      body[list].push({ date, name });
    });
  }
  return Object.keys(problems).length > 0 ? { problems } : { body, problems };
}

/** The key of the warning's text, or null: shown from 1 November while next year has no schedule. */
export function warningText(
  warning: ScheduleWarning | undefined | null,
): { key: `countryCalendars.warning.${ScheduleWarning["code"]}`; year: number } | null {
  if (!warning) return null;
  return { key: `countryCalendars.warning.${warning.code}`, year: warning.year };
}
