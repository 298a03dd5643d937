import { describe, expect, it } from "vitest";
import type { AttendanceDetail } from "../api/attendance";
import { monthFrom, openClock } from "./attendance";

const clock = (id: string, clockOutAt?: string) => ({
  id,
  personId: "p-1",
  day: "2026-03-05",
  clockInAt: "2026-03-05T08:58:00+08:00",
  ...(clockOutAt ? { clockOutAt } : {}),
});

function detail(clocks: ReturnType<typeof clock>[]): AttendanceDetail {
  return {
    personId: "p-1",
    name: "李师傅",
    month: "2026-03",
    row: { personId: "p-1", name: "李师傅", presentDays: 1, fieldDays: 0, leaveDays: 0, absentDays: 0, workingDays: 4 },
    days: [
      { date: "2026-03-05", workingDay: true, kind: "PRESENT", present: true, field: false, leave: false, clocks },
    ],
  };
}

describe("attendance", () => {
  it("takes the month from the URL, else the current one", () => {
    expect(monthFrom("2026-02", "2026-03-05")).toBe("2026-02");
    expect(monthFrom("2026-13", "2026-03-05")).toBe("2026-03");
    expect(monthFrom(null, "2026-03-05")).toBe("2026-03");
  });

  it("clocks out while today's clock-in is open, else in", () => {
    expect(openClock(detail([clock("a")]), "2026-03-05")?.id).toBe("a");
    expect(openClock(detail([clock("a", "2026-03-05T12:00:00+08:00")]), "2026-03-05")).toBeNull();
    expect(openClock(detail([clock("a")]), "2026-03-06")).toBeNull();
    expect(openClock(undefined, "2026-03-05")).toBeNull();
  });
});
