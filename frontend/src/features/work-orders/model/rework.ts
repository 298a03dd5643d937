import { addDays, todayIn, zonedDateTimeToIso } from "@/lib/format";
import type { ReworkCause, ReworkCount, WorkOrder } from "../api/work-orders";

/** Who caused a rework, in the order the manager is offered them. */
export const REWORK_CAUSES = ["INSTALLER", "PRODUCT", "CUSTOMER"] as const satisfies readonly ReworkCause[];

/** Whether the order is a rework of an earlier completed order (linked by the server). */
export function isRework(order: Pick<WorkOrder, "reworkOfId">): boolean {
  return Boolean(order.reworkOfId);
}

/** Only managers attribute a rework's cause; the server checks the same role. */
export function canAttributeRework(roles: readonly string[]): boolean {
  return roles.includes("manager");
}

/** Whether saving would change anything: a cause is chosen and differs from the one on record. */
export function isCauseChange(chosen: ReworkCause | "", current: ReworkCause | undefined): chosen is ReworkCause {
  return chosen !== "" && chosen !== current;
}

export const REWORK_PERIODS = ["thisMonth", "lastMonth", "last90Days"] as const;
export type ReworkPeriod = (typeof REWORK_PERIODS)[number];

export function isReworkPeriod(value: string | null): value is ReworkPeriod {
  return REWORK_PERIODS.some((period) => period === value);
}

/** [from, to) of a period as instants with the tenant's offset, for GET /api/v1/work-orders/rework-counts. */
export interface PeriodRange {
  from: string;
  to: string;
}

function firstOfMonth(date: string, monthsAhead: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + monthsAhead;
  const first = new Date(Date.UTC(year, month, 1));
  return first.toISOString().slice(0, 10);
}

function startOfDay(date: string, timeZone: string): string {
  return zonedDateTimeToIso(date, "00:00", timeZone) ?? `${date}T00:00:00Z`;
}

/**
 * The period in the tenant's calendar: this month and last month run from midnight of their first day to
 * midnight of the next month's first day; the last 90 days are today and the 89 days before it.
 */
export function periodRange(period: ReworkPeriod, timeZone: string, now: Date = new Date()): PeriodRange {
  const today = todayIn(timeZone, now);
  switch (period) {
    case "thisMonth":
      return { from: startOfDay(firstOfMonth(today, 0), timeZone), to: startOfDay(firstOfMonth(today, 1), timeZone) };
    case "lastMonth":
      return { from: startOfDay(firstOfMonth(today, -1), timeZone), to: startOfDay(firstOfMonth(today, 0), timeZone) };
    case "last90Days":
      return { from: startOfDay(addDays(today, -89), timeZone), to: startOfDay(addDays(today, 1), timeZone) };
  }
}

export interface ReworkRow {
  installerId: string;
  name: string;
  count: number;
}

/** The counts with the installers' names, highest first; equal counts by name. */
export function reworkRows(items: readonly ReworkCount[], nameOf: (installerId: string) => string): ReworkRow[] {
  return items
    .map((item) => ({ installerId: item.installerId, name: nameOf(item.installerId), count: item.count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "zh-CN"));
}
