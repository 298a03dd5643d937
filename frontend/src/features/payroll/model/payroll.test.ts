import { describe, expect, it } from "vitest";
import type { Schema } from "@/lib/api/schema-types";
import { fromCents, groupLines, payMonthOf, shiftMonth, toAdjustment, toCents, validateAdjustment } from "./payroll";

function line(overrides: Partial<Schema<"PayrollLine">>): Schema<"PayrollLine"> {
  return { component: "FINE", amount: "50.00", sourceType: "DISCIPLINE_ENTRY", description: "迟到", ...overrides };
}

describe("the payroll month", () => {
  it("opens on the tenant's current month unless the URL names another", () => {
    expect(payMonthOf(new URLSearchParams(), "2026-03-05")).toBe("2026-03");
    expect(payMonthOf(new URLSearchParams("month=2025-12"), "2026-03-05")).toBe("2025-12");
    expect(payMonthOf(new URLSearchParams("month=2025-13"), "2026-03-05")).toBe("2026-03");
  });

  it("steps months across the year's end", () => {
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect(shiftMonth("2025-12", 1)).toBe("2026-01");
    expect(shiftMonth("2026-03", 0)).toBe("2026-03");
  });
});

describe("a person's drill-down", () => {
  it("groups lines by component in the sheet's order and sums each exactly", () => {
    const groups = groupLines([
      line({ component: "FINE", amount: "50.00", occurredOn: "2026-03-09" }),
      line({ component: "BASE_SALARY", amount: "4500.00", sourceType: "INSTALLER", description: "基本工资" }),
      line({ component: "FINE", amount: "20.10", occurredOn: "2026-03-02" }),
      line({
        component: "ADJUSTMENT",
        amount: "-0.30",
        sourceType: "PAY_ADJUSTMENT",
        description: "多发更正",
        correctionOf: "2026-02",
      }),
      line({ component: "ADJUSTMENT", amount: "0.10", sourceType: "PAY_ADJUSTMENT", description: "补发" }),
    ]);
    expect(
      groups.map((group) => [group.component, group.subtotal, group.lines.map((l) => l.occurredOn ?? "-")]),
    ).toEqual([
      ["BASE_SALARY", "4500.00", ["-"]],
      ["FINE", "70.10", ["2026-03-02", "2026-03-09"]],
      ["ADJUSTMENT", "-0.20", ["-", "-"]],
    ]);
  });

  it("counts money in cents, never in floating point", () => {
    expect(toCents("0.1") + toCents("0.2")).toBe(30n);
    expect(toCents("-20.5")).toBe(-2050n);
    expect(fromCents(-5n)).toBe("-0.05");
    expect(fromCents(123456n)).toBe("1234.56");
  });
});

describe("an adjustment", () => {
  it("needs the person, a signed non-zero amount and the reason", () => {
    expect(validateAdjustment({ personId: "", amount: "", reason: "" })).toEqual({
      personId: "required",
      amount: "required",
      reason: "required",
    });
    expect(validateAdjustment({ personId: "p", amount: "-0.00", reason: "x" })).toEqual({ amount: "nonZero" });
    expect(validateAdjustment({ personId: "p", amount: "12,5", reason: "x" })).toEqual({ amount: "amount" });
    expect(toAdjustment({ personId: "p", amount: " -20.5 ", reason: " 二月多发 " })).toEqual({
      personId: "p",
      amount: "-20.50",
      reason: "二月多发",
    });
  });
});
