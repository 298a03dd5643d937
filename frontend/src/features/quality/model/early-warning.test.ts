import { describe, expect, it } from "vitest";
import { warningPeriodOf } from "./early-warning";

describe("the period a warning counted", () => {
  it("names the month, the quarter or the run of months", () => {
    expect(warningPeriodOf({ rule: "MONTHLY", periodStart: "2026-12-01", periodEnd: "2026-12-31" })).toEqual({
      kind: "month",
      month: "2026-12",
    });
    expect(warningPeriodOf({ rule: "QUARTERLY", periodStart: "2026-10-01", periodEnd: "2026-12-31" })).toEqual({
      kind: "quarter",
      year: "2026",
      quarter: 4,
    });
    expect(warningPeriodOf({ rule: "CONSECUTIVE_MONTHS", periodStart: "2026-11-01", periodEnd: "2027-01-31" })).toEqual(
      { kind: "months", from: "2026-11", to: "2027-01", months: 3 },
    );
  });
});
