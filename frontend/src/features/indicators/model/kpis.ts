import type { Schema } from "@/lib/api/schema-types";
import { formatMoney } from "@/lib/format";

export type Kpi = Schema<"Kpi">;
export type KpiUnit = Schema<"KpiUnit">;
export type KpiFigure = Schema<"KpiFigure">;
export type KpiPart = Schema<"KpiPart">;
export type KpiReport = Schema<"KpiReport">;

/** The cards in reading order: demand, then quality of service, then speed, then money. */
export const KPI_ORDER = [
  "REQUESTS",
  "PHONE_RESOLUTION_RATE",
  "FIRST_TIME_FIX_RATE",
  "PROMISE_COMPLIANCE",
  "SATISFACTION",
  "REWORK_RATE",
  "VERIFIED_COMPLAINTS_PER_100_ORDERS",
  "LATE_ARRIVAL_RATE",
  "REPORT_IN_COMPLIANCE",
  "HOURS_TO_ON_SITE",
  "HOURS_TO_FILED",
  "ALLOWANCES",
  "EXPENSE_CLAIMS",
  "FINES",
  "REWARDS",
] as const satisfies readonly Kpi[];

/** Indicators where a fall is the good news. */
const LOWER_IS_BETTER: ReadonlySet<Kpi> = new Set<Kpi>([
  "REWORK_RATE",
  "LATE_ARRIVAL_RATE",
  "VERIFIED_COMPLAINTS_PER_100_ORDERS",
  "HOURS_TO_ON_SITE",
  "HOURS_TO_FILED",
  "FINES",
]);

/** Indicators that are neither good nor bad when they move: demand and the money paid out as the rules say. */
const NEUTRAL: ReadonlySet<Kpi> = new Set<Kpi>(["REQUESTS", "ALLOWANCES", "EXPENSE_CLAIMS"]);

export type Tone = "good" | "bad" | "neutral";

export interface Trend {
  direction: "up" | "down" | "flat";
  /** The change, never negative; the direction says which way. */
  delta: number;
  tone: Tone;
}

/** How the figure moved against the previous period, and whether that is good; null when either is unknown. */
export function trendOf(kpi: Kpi, value: number | null, previous: number | null): Trend | null {
  if (value === null || previous === null) return null;
  // Figures come rounded to two decimals; anything smaller is a floating-point leftover.
  const change = Math.round((value - previous) * 100) / 100;
  if (change === 0) return { direction: "flat", delta: 0, tone: "neutral" };
  const direction = change > 0 ? "up" : "down";
  const tone: Tone = NEUTRAL.has(kpi)
    ? "neutral"
    : (direction === "down") === LOWER_IS_BETTER.has(kpi)
      ? "good"
      : "bad";
  return { direction, delta: Math.abs(change), tone };
}

/** What formatting needs: the UI's language, the tenant's currency and the unit words of the language. */
export interface FigureFormat {
  locale: string;
  currency: string;
  /** The number with its unit's words in the UI's language: "12.3 h", "4.6 / 5", "1.2 per 100 orders", "2.5 pt". */
  words: Record<"hours" | "score" | "perHundred" | "points", (value: string) => string>;
}

const NO_FIGURE = "—";

function decimal(value: number, locale: string, digits: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** A figure as people read it in its unit: "87.5%", "12.3 h", "4.6 / 5", "1.2 per 100 orders", "¥1,234.50"; "—" when null. */
export function formatFigure(value: number | null | undefined, unit: KpiUnit, format: FigureFormat): string {
  if (value === null || value === undefined) return NO_FIGURE;
  switch (unit) {
    case "COUNT":
      return decimal(value, format.locale, 0);
    case "PERCENT":
      return new Intl.NumberFormat(format.locale, { style: "percent", maximumFractionDigits: 1 }).format(value / 100);
    case "HOURS":
      return format.words.hours(decimal(value, format.locale, 1));
    case "SCORE":
      return format.words.score(decimal(value, format.locale, 1));
    case "PER_HUNDRED":
      return format.words.perHundred(decimal(value, format.locale, 2));
    case "MONEY":
      return formatMoney(value.toFixed(2), format.currency, format.locale);
  }
}

/** The size of a change in the figure's unit: a rate moves by percentage points ("2.5 pt"). */
export function formatDelta(delta: number, unit: KpiUnit, format: FigureFormat): string {
  if (unit === "PERCENT") return format.words.points(decimal(delta, format.locale, 1));
  return formatFigure(delta, unit, format);
}

/** The parts of a figure along one dimension (a figure may have two: requests by channel and by category). */
export function partsOf(figure: KpiFigure | undefined, dimension: string): KpiPart[] {
  return figure?.breakdown.filter((part) => part.dimension === dimension) ?? [];
}

/** For a rate: how many of the base were not counted, e.g. the promises breached of those decided. */
export function remainderOf(figure: KpiFigure): number | null {
  return figure.base === undefined || figure.count === undefined ? null : figure.base - figure.count;
}

// --- Drill-down: the list behind each figure, filtered as far as that list can be ------------------------------

interface DrillFilters {
  installerId?: string | undefined;
}

function href(path: string, query: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** The list behind an indicator; the work-order board and the ledger also narrow to the chosen installer. */
export function kpiHref(kpi: Kpi, filters: DrillFilters = {}): string {
  const installerId = filters.installerId;
  switch (kpi) {
    case "REQUESTS":
      return "/service-requests";
    case "PHONE_RESOLUTION_RATE":
      return href("/service-requests", { channel: "PHONE", status: "RESOLVED_BY_PHONE" });
    case "FIRST_TIME_FIX_RATE":
    case "REWORK_RATE":
      return "/work-orders/rework";
    case "PROMISE_COMPLIANCE":
      return href("/promises", { breaches: "all" });
    case "HOURS_TO_ON_SITE":
      return href("/work-orders", { installerId });
    case "HOURS_TO_FILED":
      return href("/work-orders", { status: "FILED", installerId });
    case "SATISFACTION":
      return href("/follow-ups", { status: "COMPLETED", due: "all" });
    case "VERIFIED_COMPLAINTS_PER_100_ORDERS":
      return href("/complaints", { status: "VERIFIED" });
    case "LATE_ARRIVAL_RATE":
      return href("/discipline", { rule: "LATE_ARRIVAL", installerId });
    case "REPORT_IN_COMPLIANCE":
      return href("/discipline", { rule: "LEFT_WITHOUT_REPORT_IN", installerId });
    case "ALLOWANCES":
      return href("/trips", { status: "COMPLETED" });
    case "EXPENSE_CLAIMS":
      return href("/expense-claims", { status: "APPROVED" });
    case "FINES":
      return href("/discipline", { kind: "FINE", status: "CONFIRMED", installerId });
    case "REWARDS":
      return href("/discipline", { kind: "REWARD", status: "CONFIRMED", installerId });
  }
}

const BREACHED = "BREACHED";

/**
 * The list behind one part of a figure, or null when no list narrows to it: requests by channel, promises
 * breached by kind (follow-ups and objections list every state, not only the open ones), fines by kind.
 */
export function partHref(part: Pick<KpiPart, "dimension" | "key">, filters: DrillFilters = {}): string | null {
  switch (part.dimension) {
    case "channel":
      return href("/service-requests", { channel: part.key });
    case "promiseKind":
      switch (part.key) {
        case "ON_SITE":
          return href("/work-orders", { promiseStatus: BREACHED, installerId: filters.installerId });
        case "FOLLOW_UP":
          return href("/follow-ups", { promiseStatus: BREACHED, status: "all", due: "all" });
        case "OBJECTION_COMMITMENT":
        case "FOLLOW_UP_VISIT_COMMITMENT":
          return href("/objections", { promiseStatus: BREACHED, status: "all" });
        case "COMPLAINT_ANSWER":
          return href("/complaints", { promiseStatus: BREACHED });
        default:
          return null;
      }
    case "kind":
      return href("/discipline", { kind: part.key, status: "CONFIRMED", installerId: filters.installerId });
    case "cause":
      return "/work-orders/rework";
    default:
      return null;
  }
}
