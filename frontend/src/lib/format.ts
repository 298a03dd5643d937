export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

function dateTimeFormat(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions) {
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone });
  } catch {
    // An unknown zone name must not break a whole page; show the default zone instead.
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: DEFAULT_TIME_ZONE });
  }
}

/** "2026-03-05 14:07" style date and time of an ISO instant, as seen in the given time zone. */
export function formatDateTime(iso: string, timeZone: string, locale: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return dateTimeFormat(locale, timeZone, {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(instant);
}

export function formatDate(iso: string, timeZone: string, locale: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return dateTimeFormat(locale, timeZone, { year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}

/** Display of a decimal money string; the API keeps amounts as strings, so this is for reading only. */
export function formatMoney(amount: string, currency: string, locale: string): string {
  const value = Number(amount);
  if (!Number.isFinite(value)) return amount;
  try {
    return new Intl.NumberFormat(locale, { style: "currency", currency }).format(value);
  } catch {
    return `${amount} ${currency}`;
  }
}

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A person's name in the UI's language: "张三" (family name first) in Chinese, "San Zhang" in English. */
export function personName(
  firstName: string | null | undefined,
  lastName: string | null | undefined,
  locale: string,
): string {
  const first = firstName?.trim() ?? "";
  const last = lastName?.trim() ?? "";
  if (locale.startsWith("zh")) return `${last}${first}`;
  return [first, last].filter(Boolean).join(" ");
}

// --- Calendar dates and wall-clock times in the tenant's time zone ---------------------------------------

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

function zonedFields(instant: Date, timeZone: string): Record<string, number> {
  const parts = dateTimeFormat("en-US", timeZone, {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant);
  const fields: Record<string, number> = {};
  for (const part of parts) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  return fields;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

/** The calendar date ("2026-03-05") of an instant as seen in the time zone. */
export function localDateOf(iso: string | Date, timeZone: string): string {
  const instant = typeof iso === "string" ? new Date(iso) : iso;
  const f = zonedFields(instant, timeZone);
  return `${pad(f.year ?? 0, 4)}-${pad(f.month ?? 0)}-${pad(f.day ?? 0)}`;
}

/** The wall-clock time ("09:30") of an instant as seen in the time zone. */
export function localTimeOf(iso: string | Date, timeZone: string): string {
  const instant = typeof iso === "string" ? new Date(iso) : iso;
  const f = zonedFields(instant, timeZone);
  return `${pad(f.hour ?? 0)}:${pad(f.minute ?? 0)}`;
}

/** Today's date in the time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return localDateOf(now, timeZone);
}

/** Minutes the zone is ahead of UTC at the instant (480 for Asia/Shanghai). */
function offsetMinutes(epochMs: number, timeZone: string): number {
  const f = zonedFields(new Date(epochMs), timeZone);
  const asUtc = Date.UTC(f.year ?? 0, (f.month ?? 1) - 1, f.day ?? 1, f.hour ?? 0, f.minute ?? 0, f.second ?? 0);
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

/**
 * The ISO instant with offset ("2026-03-05T09:00:00+08:00") of a wall-clock date and time in the zone, or null
 * for text that is not a date ("YYYY-MM-DD") and a time ("HH:mm"). A time skipped by a DST change moves forward.
 */
export function zonedDateTimeToIso(date: string, time: string, timeZone: string): string | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  if (Number.isNaN(wall) || localDateOf(new Date(wall), "UTC") !== date) return null;
  const guess = offsetMinutes(wall, timeZone);
  const instant = new Date(wall - offsetMinutes(wall - guess * 60_000, timeZone) * 60_000);
  // The offset in force at the instant: it differs from the guess only around a DST change.
  const offset = offsetMinutes(instant.getTime(), timeZone);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${localDateOf(instant, timeZone)}T${localTimeOf(instant, timeZone)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** "2026-03-05" plus n days, without passing through a time zone. */
export function addDays(date: string, days: number): string {
  const d = DATE.exec(date);
  if (!d) return date;
  const shifted = new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]) + days));
  return shifted.toISOString().slice(0, 10);
}

/** The Monday of the week the date falls in (weeks start on Monday in China). */
export function mondayOf(date: string): string {
  const d = DATE.exec(date);
  if (!d) return date;
  const weekday = new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]))).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/** Whole days from one date to another ("2026-03-01" → "2026-03-31" is 30). */
export function daysBetween(from: string, to: string): number {
  const a = DATE.exec(from);
  const b = DATE.exec(to);
  if (!a || !b) return Number.NaN;
  const start = Date.UTC(Number(a[1]), Number(a[2]) - 1, Number(a[3]));
  const end = Date.UTC(Number(b[1]), Number(b[2]) - 1, Number(b[3]));
  return Math.round((end - start) / 86_400_000);
}

/**
 * A calendar day ("2026-12-08") as people say it: "12月8日周二", "Tue, Dec 8"; for reasons and short notes. The
 * year is said too when it is not the year of `reference` (the day the note is about), e.g. a certificate that
 * ran out last year.
 */
export function dayInWords(date: string, locale: string, reference?: string): string {
  const instant = new Date(`${date}T12:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(instant.getTime())) return date;
  const withYear = reference !== undefined && reference.slice(0, 4) !== date.slice(0, 4);
  return new Intl.DateTimeFormat(locale, {
    ...(withYear ? { year: "numeric" } : {}),
    month: "short",
    day: "numeric",
    weekday: "short",
    timeZone: "UTC",
  }).format(instant);
}
