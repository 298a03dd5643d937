import { describe, expect, it } from "vitest";
import { DAY, QIAN, SUN, ZHAO, at, board, card, row } from "../testing/board";
import { startMinuteOf, weekOf, weekRows } from "./week";

describe("the week of the console", () => {
  it("is the seven days from the Monday of the day's week, whatever day of it is chosen", () => {
    const week = ["2030-07-01", "2030-07-02", "2030-07-03", "2030-07-04", "2030-07-05", "2030-07-06", "2030-07-07"];
    // 2030-07-01 is a Monday.
    expect(weekOf(DAY)).toEqual(week);
    expect(weekOf("2030-07-03")).toEqual(week);
    expect(weekOf("2030-07-07")).toEqual(week);
    expect(weekOf("2030-07-08")[0]).toBe("2030-07-08");
  });

  it("runs across the end of a month and of a year", () => {
    expect(weekOf("2031-01-01")).toEqual([
      "2030-12-30",
      "2030-12-31",
      "2031-01-01",
      "2031-01-02",
      "2031-01-03",
      "2031-01-04",
      "2031-01-05",
    ]);
  });

  it("has one row per installer over the seven boards, in the first board's order, with each day's jobs by start", () => {
    const late = card({ id: "late", number: "WO-000070", appointment: { start: at("15:00"), end: at("16:00") } });
    const early = card({ id: "early", number: "WO-000071", appointment: { start: at("08:00"), end: at("09:00") } });
    const monday = board();
    const tuesday = board({
      day: "2030-07-02",
      // Zhao is not on Tuesday's board (another service point that day); a new installer is.
      rows: [
        row({ id: SUN, displayName: "孙师傅" }),
        row({ id: QIAN, displayName: "钱师傅", jobs: [late, early] }),
        row({ id: "new", displayName: "李师傅" }),
      ],
    });
    const rows = weekRows([monday, tuesday, undefined, undefined, undefined, undefined, undefined]);

    expect(rows.map((week) => week.displayName)).toEqual(["赵师傅", "钱师傅", "孙师傅", "李师傅"]);
    expect(rows.map((week) => week.days.length)).toEqual([7, 7, 7, 7]);
    const [zhao, qian, sun, li] = rows;
    expect(zhao!.id).toBe(ZHAO);
    expect(zhao!.days[0]!.jobs.map((job) => job.number)).toEqual(["WO-000041", "WO-000043"]);
    expect(zhao!.days[1]).toBeNull();
    expect(qian!.days[1]!.jobs.map((job) => job.number)).toEqual(["WO-000071", "WO-000070"]);
    expect(sun!.days[0]!.available).toBe(false);
    expect(sun!.days[1]!.available).toBe(true);
    expect(li!.days[0]).toBeNull();
    // Days not read yet have no rows.
    expect(rows.every((week) => week.days.slice(2).every((day) => day === null))).toBe(true);
  });

  it("leaves the boards as they were", () => {
    const monday = board({ rows: [row({ jobs: [card({ number: "B" }), card({ number: "A" })] })] });
    weekRows([monday]);
    expect(monday.rows[0]!.jobs.map((job) => job.number)).toEqual(["B", "A"]);
  });

  it("reads a job's start as minutes of its own day in the tenant's zone", () => {
    expect(
      startMinuteOf(card({ appointment: { start: at("13:00", "2030-07-03"), end: at("14:30") } }), "Asia/Shanghai"),
    ).toBe(13 * 60);
    // The same instant written in UTC.
    expect(
      startMinuteOf(card({ appointment: { start: "2030-07-03T01:30:00Z", end: at("14:30") } }), "Asia/Shanghai"),
    ).toBe(9 * 60 + 30);
  });
});
