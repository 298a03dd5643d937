import { describe, expect, it } from "vitest";
import { workOrder } from "@/test/fixtures";
import {
  REWORK_CAUSES,
  canAttributeRework,
  isCauseChange,
  isRework,
  isReworkPeriod,
  periodRange,
  reworkRows,
} from "./rework";

const SHANGHAI = "Asia/Shanghai";

describe("rework causes", () => {
  it("offers the three causes of the contract, installer first", () => {
    expect(REWORK_CAUSES).toEqual(["INSTALLER", "PRODUCT", "CUSTOMER"]);
  });

  it("lets only managers attribute a cause", () => {
    expect(canAttributeRework(["manager"])).toBe(true);
    expect(canAttributeRework(["dispatcher", "manager"])).toBe(true);
    expect(canAttributeRework(["dispatcher"])).toBe(false);
    expect(canAttributeRework(["installer"])).toBe(false);
  });

  it("saves only a chosen cause that differs from the one on record", () => {
    expect(isCauseChange("", undefined)).toBe(false);
    expect(isCauseChange("INSTALLER", undefined)).toBe(true);
    expect(isCauseChange("INSTALLER", "INSTALLER")).toBe(false);
    expect(isCauseChange("PRODUCT", "INSTALLER")).toBe(true);
  });

  it("knows a rework by its link to the original order", () => {
    expect(isRework(workOrder())).toBe(false);
    expect(isRework(workOrder({ reworkOfId: "0193a5c8-0000-7000-8000-0000000b0009" }))).toBe(true);
  });
});

describe("rework periods in the tenant's time zone", () => {
  // 2026-03-31 20:00 UTC is already 1 April in Shanghai.
  const lateMarchUtc = new Date("2026-03-31T20:00:00Z");

  it("runs this month from the first to the first of the next month, midnight in the tenant's zone", () => {
    expect(periodRange("thisMonth", SHANGHAI, lateMarchUtc)).toEqual({
      from: "2026-04-01T00:00:00+08:00",
      to: "2026-05-01T00:00:00+08:00",
    });
    expect(periodRange("thisMonth", "UTC", lateMarchUtc)).toEqual({
      from: "2026-03-01T00:00:00+00:00",
      to: "2026-04-01T00:00:00+00:00",
    });
  });

  it("runs last month up to the start of this one, across a year", () => {
    expect(periodRange("lastMonth", SHANGHAI, lateMarchUtc)).toEqual({
      from: "2026-03-01T00:00:00+08:00",
      to: "2026-04-01T00:00:00+08:00",
    });
    expect(periodRange("lastMonth", SHANGHAI, new Date("2026-01-15T04:00:00Z"))).toEqual({
      from: "2025-12-01T00:00:00+08:00",
      to: "2026-01-01T00:00:00+08:00",
    });
  });

  it("counts the last 90 days with today, up to tomorrow's midnight", () => {
    expect(periodRange("last90Days", SHANGHAI, new Date("2026-03-05T02:00:00Z"))).toEqual({
      from: "2025-12-06T00:00:00+08:00",
      to: "2026-03-06T00:00:00+08:00",
    });
  });

  it("uses the offset in force on each boundary across a DST change", () => {
    expect(periodRange("thisMonth", "Europe/Berlin", new Date("2026-03-15T12:00:00Z"))).toEqual({
      from: "2026-03-01T00:00:00+01:00",
      to: "2026-04-01T00:00:00+02:00",
    });
  });

  it("accepts only the periods it knows", () => {
    expect(isReworkPeriod("lastMonth")).toBe(true);
    expect(isReworkPeriod("lastYear")).toBe(false);
    expect(isReworkPeriod(null)).toBe(false);
  });
});

describe("rework table", () => {
  it("names the installers and lists the highest count first", () => {
    const names: Record<string, string> = { a: "李师傅", b: "张师傅" };
    const nameOf = (id: string) => names[id] ?? `${id}…`;
    expect(
      reworkRows(
        [
          { installerId: "a", count: 1 },
          { installerId: "c", count: 4 },
          { installerId: "b", count: 2 },
        ],
        nameOf,
      ),
    ).toEqual([
      { installerId: "c", name: "c…", count: 4 },
      { installerId: "b", name: "张师傅", count: 2 },
      { installerId: "a", name: "李师傅", count: 1 },
    ]);
  });
});
