import { describe, expect, it } from "vitest";
import { indicatorViewOf, presetPeriod, withPreset, withRange } from "./period";

const TODAY = "2026-12-09"; // a Wednesday

describe("the period of the indicators", () => {
  it("reads the presets as days of the tenant", () => {
    expect(presetPeriod("thisMonth", TODAY)).toEqual({ from: "2026-12-01", to: TODAY });
    expect(presetPeriod("lastMonth", TODAY)).toEqual({ from: "2026-11-01", to: "2026-11-30" });
    expect(presetPeriod("thisWeek", TODAY)).toEqual({ from: "2026-12-07", to: TODAY });
    expect(presetPeriod("last30Days", TODAY)).toEqual({ from: "2026-11-10", to: TODAY });
    expect(presetPeriod("lastMonth", "2026-01-15")).toEqual({ from: "2025-12-01", to: "2025-12-31" });
  });

  it("takes this month by default, a custom range from the URL, and the filters", () => {
    expect(indicatorViewOf(new URLSearchParams(), TODAY)).toMatchObject({
      preset: "thisMonth",
      period: { from: "2026-12-01", to: TODAY },
      installerId: undefined,
    });
    const view = indicatorViewOf(
      new URLSearchParams("from=2026-10-01&to=2026-10-31&installerId=i-1&type=REPAIR&period=thisWeek"),
      TODAY,
    );
    expect(view).toMatchObject({ preset: null, period: { from: "2026-10-01", to: "2026-10-31" }, type: "REPAIR" });
    expect(view.installerId).toBe("i-1");
  });

  it("ignores a range the API would refuse and an unknown type", () => {
    expect(indicatorViewOf(new URLSearchParams("from=2026-10-31&to=2026-10-01&type=X"), TODAY)).toMatchObject({
      preset: "thisMonth",
      type: undefined,
    });
    expect(indicatorViewOf(new URLSearchParams("from=2024-01-01&to=2026-01-01"), TODAY).preset).toBe("thisMonth");
  });

  it("writes a preset or a range to the URL, each replacing the other and keeping the filters", () => {
    const range = withRange(new URLSearchParams("period=lastMonth&productId=p-1"), {
      from: "2026-10-01",
      to: "2026-10-31",
    });
    expect(range.toString()).toBe("productId=p-1&from=2026-10-01&to=2026-10-31");
    expect(withPreset(range, "thisWeek").toString()).toBe("productId=p-1&period=thisWeek");
    expect(withPreset(range, "thisMonth").toString()).toBe("productId=p-1");
  });
});
