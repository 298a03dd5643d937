import { daysBetween } from "@/lib/format";
import type { Certification } from "../api/installers";

/** Certificates about to expire are flagged this many days ahead. */
export const EXPIRY_WARNING_DAYS = 30;

export type Validity =
  { state: "valid" } | { state: "expiring"; daysLeft: number } | { state: "expired" } | { state: "notYetValid" };

/** Where a certificate stands today: valid, expiring within 30 days (the last day counts), expired or not yet valid. */
export function validityOf(certificate: Pick<Certification, "validFrom" | "validTo">, today: string): Validity {
  if (certificate.validTo < today) return { state: "expired" };
  if (certificate.validFrom > today) return { state: "notYetValid" };
  const daysLeft = daysBetween(today, certificate.validTo);
  return daysLeft <= EXPIRY_WARNING_DAYS ? { state: "expiring", daysLeft } : { state: "valid" };
}

/** A calendar date ("2026-03-01") in words of the UI's language: "2026年3月1日", "1 March 2026". */
export function calendarDateInWords(date: string, locale: string): string {
  const instant = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(instant.getTime())) return date;
  return new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).format(
    instant,
  );
}
