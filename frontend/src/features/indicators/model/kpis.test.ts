import { describe, expect, it } from "vitest";
import { formatDelta, formatFigure, kpiHref, partHref, remainderOf, trendOf, type FigureFormat } from "./kpis";

const en: FigureFormat = {
  locale: "en",
  currency: "CNY",
  words: {
    hours: (value) => `${value} h`,
    score: (value) => `${value} / 5`,
    perHundred: (value) => `${value} per 100 orders`,
    points: (value) => `${value} pt`,
  },
};
const zh: FigureFormat = { ...en, locale: "zh-CN" };

describe("a figure reads in its unit", () => {
  it("formats counts, rates, hours, scores, per-hundred figures and money", () => {
    expect(formatFigure(1234, "COUNT", en)).toBe("1,234");
    expect(formatFigure(87.5, "PERCENT", en)).toBe("87.5%");
    expect(formatFigure(100, "PERCENT", en)).toBe("100%");
    expect(formatFigure(12.34, "HOURS", en)).toBe("12.3 h");
    expect(formatFigure(4.56, "SCORE", en)).toBe("4.6 / 5");
    expect(formatFigure(1.25, "PER_HUNDRED", en)).toBe("1.25 per 100 orders");
    expect(formatFigure(1234.5, "MONEY", zh)).toBe("¥1,234.50");
  });

  it("shows a dash when there is nothing to measure", () => {
    expect(formatFigure(null, "PERCENT", en)).toBe("—");
    expect(formatFigure(undefined, "MONEY", en)).toBe("—");
  });

  it("says a rate's change in percentage points and other changes in their unit", () => {
    expect(formatDelta(2.5, "PERCENT", en)).toBe("2.5 pt");
    expect(formatDelta(3, "HOURS", en)).toBe("3 h");
    expect(formatDelta(50, "MONEY", zh)).toBe("¥50.00");
  });

  it("counts what a rate left out, e.g. the promises breached of those decided", () => {
    expect(
      remainderOf({
        kpi: "PROMISE_COMPLIANCE",
        unit: "PERCENT",
        value: 90,
        previous: null,
        base: 20,
        count: 18,
        breakdown: [],
      }),
    ).toBe(2);
    expect(remainderOf({ kpi: "FINES", unit: "MONEY", value: 50, previous: 0, breakdown: [] })).toBeNull();
  });
});

describe("the trend is coloured by whether the change is good", () => {
  it("calls a rise good where higher is better", () => {
    expect(trendOf("FIRST_TIME_FIX_RATE", 92, 88)).toEqual({ direction: "up", delta: 4, tone: "good" });
    expect(trendOf("SATISFACTION", 4.2, 4.5)).toEqual({ direction: "down", delta: 0.3, tone: "bad" });
  });

  it("calls a fall good where lower is better", () => {
    for (const kpi of [
      "REWORK_RATE",
      "LATE_ARRIVAL_RATE",
      "VERIFIED_COMPLAINTS_PER_100_ORDERS",
      "HOURS_TO_ON_SITE",
      "HOURS_TO_FILED",
      "FINES",
    ] as const) {
      expect(trendOf(kpi, 5, 8)?.tone).toBe("good");
      expect(trendOf(kpi, 8, 5)?.tone).toBe("bad");
    }
  });

  it("leaves demand and paid-out money uncoloured, and shows no trend without both figures", () => {
    expect(trendOf("REQUESTS", 120, 100)?.tone).toBe("neutral");
    expect(trendOf("ALLOWANCES", 120, 100)?.tone).toBe("neutral");
    expect(trendOf("PROMISE_COMPLIANCE", 90, 90)).toEqual({ direction: "flat", delta: 0, tone: "neutral" });
    expect(trendOf("PROMISE_COMPLIANCE", 90, null)).toBeNull();
    expect(trendOf("PROMISE_COMPLIANCE", null, 90)).toBeNull();
  });
});

describe("every figure opens the list behind it", () => {
  it("links each indicator to its list, filtered", () => {
    expect(kpiHref("PHONE_RESOLUTION_RATE")).toBe("/service-requests?channel=PHONE&status=RESOLVED_BY_PHONE");
    expect(kpiHref("FIRST_TIME_FIX_RATE")).toBe("/work-orders/rework");
    expect(kpiHref("REWORK_RATE")).toBe("/work-orders/rework");
    expect(kpiHref("VERIFIED_COMPLAINTS_PER_100_ORDERS")).toBe("/complaints?status=VERIFIED");
    expect(kpiHref("FINES")).toBe("/discipline?kind=FINE&status=CONFIRMED");
    expect(kpiHref("REWARDS", { installerId: "i-1" })).toBe("/discipline?kind=REWARD&status=CONFIRMED&installerId=i-1");
    expect(kpiHref("EXPENSE_CLAIMS")).toBe("/expense-claims?status=APPROVED");
    expect(kpiHref("ALLOWANCES")).toBe("/trips?status=COMPLETED");
  });

  it("links requests by channel and breached promises by kind to the lists that hold them", () => {
    expect(partHref({ dimension: "channel", key: "PHONE" })).toBe("/service-requests?channel=PHONE");
    expect(partHref({ dimension: "promiseKind", key: "ON_SITE" })).toBe("/work-orders?promiseStatus=BREACHED");
    expect(partHref({ dimension: "promiseKind", key: "FOLLOW_UP" })).toBe(
      "/follow-ups?promiseStatus=BREACHED&status=all&due=all",
    );
    expect(partHref({ dimension: "promiseKind", key: "COMPLAINT_ANSWER" })).toBe("/complaints?promiseStatus=BREACHED");
    expect(partHref({ dimension: "promiseKind", key: "OBJECTION_COMMITMENT" })).toBe(
      "/objections?promiseStatus=BREACHED&status=all",
    );
    expect(partHref({ dimension: "kind", key: "COST_CHARGE" })).toBe("/discipline?kind=COST_CHARGE&status=CONFIRMED");
    expect(partHref({ dimension: "category", key: "FAULT" })).toBeNull();
  });
});
