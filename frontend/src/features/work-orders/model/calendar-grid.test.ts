import { describe, expect, it } from "vitest";
import { workOrder } from "@/test/fixtures";
import { UNASSIGNED, appointmentsByInstallerAndDay, weekDays } from "./calendar-grid";
import { groupJobs } from "./my-jobs";

const LI = "0193a5c8-0000-7000-8000-0000000a0001";
const WANG = "0193a5c8-0000-7000-8000-0000000a0002";
const at = (start: string, end: string) => ({ start, end });

describe("dispatch calendar grid", () => {
  const days = weekDays("2026-03-02");

  it("has the seven days from Monday", () => {
    expect(days).toEqual([
      "2026-03-02",
      "2026-03-03",
      "2026-03-04",
      "2026-03-05",
      "2026-03-06",
      "2026-03-07",
      "2026-03-08",
    ]);
  });

  it("puts each appointment at every crew member's row on its day in the tenant's zone, sorted by time", () => {
    const late = workOrder({
      id: "a",
      number: "WO-A",
      status: "ASSIGNED",
      leadInstallerId: LI,
      helperIds: [WANG],
      appointment: at("2026-03-05T14:00:00+08:00", "2026-03-05T15:00:00+08:00"),
    });
    const early = workOrder({
      id: "b",
      number: "WO-B",
      status: "ASSIGNED",
      leadInstallerId: LI,
      appointment: at("2026-03-05T08:00:00+08:00", "2026-03-05T09:00:00+08:00"),
    });
    // 00:30 on Monday in Shanghai is Sunday in UTC.
    const monday = workOrder({
      id: "c",
      number: "WO-C",
      status: "NEW",
      appointment: at("2026-03-02T00:30:00+08:00", "2026-03-02T01:30:00+08:00"),
    });
    const grid = appointmentsByInstallerAndDay([late, early, monday], days, "Asia/Shanghai");
    expect(
      grid
        .get(LI)
        ?.get("2026-03-05")
        ?.map((o) => o.number),
    ).toEqual(["WO-B", "WO-A"]);
    expect(
      grid
        .get(WANG)
        ?.get("2026-03-05")
        ?.map((o) => o.number),
    ).toEqual(["WO-A"]);
    expect(
      grid
        .get(UNASSIGNED)
        ?.get("2026-03-02")
        ?.map((o) => o.number),
    ).toEqual(["WO-C"]);
  });

  it("leaves out cancelled orders and other weeks", () => {
    const cancelled = workOrder({
      status: "CANCELLED",
      leadInstallerId: LI,
      appointment: at("2026-03-05T08:00:00+08:00", "2026-03-05T09:00:00+08:00"),
    });
    const nextWeek = workOrder({
      status: "ASSIGNED",
      leadInstallerId: LI,
      appointment: at("2026-03-09T08:00:00+08:00", "2026-03-09T09:00:00+08:00"),
    });
    expect(appointmentsByInstallerAndDay([cancelled, nextWeek], days, "Asia/Shanghai").size).toBe(0);
  });
});

describe("the installer's job list", () => {
  it("shows all of today's jobs, open jobs of earlier days and upcoming open jobs", () => {
    const today = workOrder({
      id: "t",
      number: "T",
      status: "REPORTED_IN",
      appointment: at("2026-03-05T09:00:00+08:00", "2026-03-05T10:00:00+08:00"),
    });
    const overdue = workOrder({
      id: "o",
      number: "O",
      status: "ON_SITE",
      appointment: at("2026-03-04T09:00:00+08:00", "2026-03-04T10:00:00+08:00"),
    });
    const doneEarlier = workOrder({
      id: "d",
      number: "D",
      status: "FILED",
      appointment: at("2026-03-03T09:00:00+08:00", "2026-03-03T10:00:00+08:00"),
    });
    const upcoming = workOrder({
      id: "u",
      number: "U",
      status: "ASSIGNED",
      appointment: at("2026-03-06T09:00:00+08:00", "2026-03-06T10:00:00+08:00"),
    });
    const cancelled = workOrder({
      id: "c",
      number: "C",
      status: "CANCELLED",
      appointment: at("2026-03-05T11:00:00+08:00", "2026-03-05T12:00:00+08:00"),
    });
    const groups = groupJobs([upcoming, cancelled, doneEarlier, overdue, today], "2026-03-05", "Asia/Shanghai");
    expect({
      today: groups.today.map((o) => o.number),
      overdue: groups.overdue.map((o) => o.number),
      upcoming: groups.upcoming.map((o) => o.number),
    }).toEqual({ today: ["T"], overdue: ["O"], upcoming: ["U"] });
  });
});
