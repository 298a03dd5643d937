import { addDays, daysBetween, mondayOf } from "@/lib/format";
import type { Schema } from "@/lib/api/schema-types";

export type WorkOrderType = Schema<"WorkOrderType">;

export const PERIOD_PRESETS = ["thisMonth", "lastMonth", "thisWeek", "last30Days"] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export const ORDER_TYPES = [
  "INSTALLATION",
  "REPAIR",
  "MAINTENANCE",
  "INSPECTION",
] as const satisfies readonly WorkOrderType[];

/** The longest period the API reports on (KpiService.MAX_DAYS). */
export const MAX_PERIOD_DAYS = 366;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface Period {
  from: string;
  to: string;
}

/** The days of a preset as seen on `today` (the tenant's day): each ends today, except last month. */
export function presetPeriod(preset: PeriodPreset, today: string): Period {
  const firstOfMonth = `${today.slice(0, 7)}-01`;
  switch (preset) {
    case "thisMonth":
      return { from: firstOfMonth, to: today };
    case "lastMonth": {
      const to = addDays(firstOfMonth, -1);
      return { from: `${to.slice(0, 7)}-01`, to };
    }
    case "thisWeek":
      return { from: mondayOf(today), to: today };
    case "last30Days":
      return { from: addDays(today, -29), to: today };
  }
}

/** The dashboard's view as the URL has it, so a view can be shared and survives a reload. */
export interface IndicatorView {
  /** The preset chosen, or null for a custom range. */
  preset: PeriodPreset | null;
  period: Period;
  installerId: string | undefined;
  servicePointId: string | undefined;
  productId: string | undefined;
  type: WorkOrderType | undefined;
}

/**
 * The view of a URL: `from` and `to` (both days, in order, at most a year apart) make a custom range; otherwise
 * `period` names a preset; this month by default.
 */
export function indicatorViewOf(search: URLSearchParams, today: string): IndicatorView {
  const from = search.get("from");
  const to = search.get("to");
  const custom =
    from !== null &&
    to !== null &&
    DAY.test(from) &&
    DAY.test(to) &&
    daysBetween(from, to) >= 0 &&
    daysBetween(from, to) < MAX_PERIOD_DAYS;
  const preset = PERIOD_PRESETS.find((value) => value === search.get("period")) ?? "thisMonth";
  return {
    preset: custom ? null : preset,
    period: custom ? { from, to } : presetPeriod(preset, today),
    installerId: search.get("installerId") || undefined,
    servicePointId: search.get("servicePointId") || undefined,
    productId: search.get("productId") || undefined,
    type: ORDER_TYPES.find((value) => value === search.get("type")),
  };
}

/** The URL of a preset: it replaces a custom range. */
export function withPreset(search: URLSearchParams, preset: PeriodPreset): URLSearchParams {
  const next = new URLSearchParams(search);
  next.delete("from");
  next.delete("to");
  if (preset === "thisMonth") next.delete("period");
  else next.set("period", preset);
  return next;
}

/** The URL of a custom range: it replaces the preset. */
export function withRange(search: URLSearchParams, period: Period): URLSearchParams {
  const next = new URLSearchParams(search);
  next.delete("period");
  next.set("from", period.from);
  next.set("to", period.to);
  return next;
}
