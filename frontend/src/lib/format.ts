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
