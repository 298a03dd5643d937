import { describe, expect, it } from "vitest";
import type { PlanChange } from "../api/dispatch";
import { QIAN, ZHAO, at } from "../testing/board";
import { changeReasons, figureTrend, openChanges, planProgress } from "./plan";

function change(overrides: Partial<PlanChange> = {}): PlanChange {
  return {
    workOrderId: "0193a5c8-0000-7000-8000-0000000b0101",
    number: "WO-000041",
    version: 3,
    customerName: "王芳",
    fromInstallerId: ZHAO,
    fromInstallerName: "赵师傅",
    toInstallerId: QIAN,
    toInstallerName: "钱师傅",
    from: { start: at("09:00"), end: at("11:00") },
    to: { start: at("09:00"), end: at("11:00") },
    travelKmBefore: 12.44,
    travelKmAfter: 3.06,
    lateMinutesBefore: 0,
    lateMinutesAfter: 0,
    windowMoved: false,
    applied: false,
    ...overrides,
  };
}

describe("a proposed change's why", () => {
  it("tells the road from the previous job before and after", () => {
    expect(changeReasons(change())).toEqual([{ kind: "travel", before: 12.4, after: 3.1 }]);
  });

  it("tells the minutes past the promise when there are any, a moved window and the job it follows", () => {
    expect(
      changeReasons(
        change({ lateMinutesBefore: 45, lateMinutesAfter: 0, windowMoved: true, afterNumber: "WO-000039" }),
      ),
    ).toEqual([
      { kind: "travel", before: 12.4, after: 3.1 },
      { kind: "lateness", before: 45, after: 0 },
      { kind: "windowMoved" },
      { kind: "follows", number: "WO-000039" },
    ]);
  });

  it("has no road before for an order nobody had", () => {
    expect(
      changeReasons(change({ fromInstallerId: undefined, fromInstallerName: undefined, travelKmBefore: 0 })),
    ).toEqual([{ kind: "travel", before: null, after: 3.1 }]);
  });
});

describe("a run and its figures", () => {
  it("shows progress as the share of the tenant's bound, full only when ready", () => {
    expect(planProgress({ status: "QUEUED", elapsedMs: 0, limitSeconds: 10 })).toBe(0);
    expect(planProgress({ status: "SOLVING", elapsedMs: 3_400, limitSeconds: 10 })).toBe(34);
    expect(planProgress({ status: "SOLVING", elapsedMs: 12_000, limitSeconds: 10 })).toBe(99);
    expect(planProgress({ status: "READY", elapsedMs: 9_000, limitSeconds: 10 })).toBe(100);
  });

  it("calls less road, fewer minutes late, more placed and fewer unassigned better", () => {
    const before = { placed: 10, unassigned: 4, travelKm: 80, lateMinutes: 30 };
    const after = { placed: 13, unassigned: 1, travelKm: 62.5, lateMinutes: 45 };
    expect(figureTrend("placed", before, after)).toBe("better");
    expect(figureTrend("unassigned", before, after)).toBe("better");
    expect(figureTrend("travelKm", before, after)).toBe("better");
    expect(figureTrend("lateMinutes", before, after)).toBe("worse");
    expect(figureTrend("placed", before, before)).toBe("same");
  });

  it("offers only the changes not applied yet", () => {
    const applied = change({ workOrderId: "x", applied: true });
    expect(openChanges({ changes: [change(), applied] })).toEqual([change()]);
  });
});
