import { describe, expect, it } from "vitest";
import { DAY, at, board, card, row } from "../testing/board";
import {
  axisFor,
  clockOf,
  dropStart,
  hourTicks,
  isoAtMinute,
  lanesOf,
  minuteAtX,
  minuteOfDay,
  movedAppointment,
  offHours,
  snap,
  spanOf,
  travelGaps,
  xOfMinute,
  type Axis,
} from "./timeline";

const ZONE = "Asia/Shanghai";
const AXIS: Axis = { start: 7 * 60, end: 21 * 60, pxPerHour: 120 };

describe("the time scale", () => {
  it("reads an instant as minutes of the board's day in the tenant's zone", () => {
    expect(minuteOfDay(at("09:30"), DAY, ZONE)).toBe(570);
    // The same instant written in UTC.
    expect(minuteOfDay("2030-07-01T01:30:00Z", DAY, ZONE)).toBe(570);
    expect(minuteOfDay(at("23:00", "2030-06-30"), DAY, ZONE)).toBe(-60);
    expect(isoAtMinute(DAY, 615, ZONE)).toBe("2030-07-01T10:15:00+08:00");
    expect(isoAtMinute(DAY, 24 * 60 + 30, ZONE)).toBe("2030-07-02T00:30:00+08:00");
  });

  it("puts a minute at its pixel and back, two pixels a minute at 120 px an hour", () => {
    expect(xOfMinute(7 * 60, AXIS)).toBe(0);
    expect(xOfMinute(10 * 60, AXIS)).toBe(360);
    expect(xOfMinute(6 * 60, AXIS)).toBe(0);
    expect(xOfMinute(22 * 60, AXIS)).toBe(14 * 120);
    expect(minuteAtX(360, AXIS)).toBe(600);
    expect(minuteAtX(xOfMinute(615, AXIS), AXIS)).toBe(615);
  });

  it("ticks every full hour from the first to the last", () => {
    const ticks = hourTicks(AXIS);
    expect(ticks).toHaveLength(15);
    expect(ticks[0]).toEqual({ minute: 420, x: 0, label: "07:00" });
    expect(ticks.at(-1)).toEqual({ minute: 1260, x: 1680, label: "21:00" });
  });

  it("shows 07:00–21:00 unless working hours or jobs reach further, in whole hours", () => {
    const day = board();
    expect(axisFor(day.rows, day.unassigned, DAY, ZONE, 120)).toEqual(AXIS);
    const early = [
      row({ workingHoursStart: "06:30", jobs: [card({ appointment: { start: at("20:00"), end: at("21:40") } })] }),
    ];
    expect(axisFor(early, [], DAY, ZONE, 100)).toEqual({ start: 6 * 60, end: 22 * 60, pxPerHour: 100 });
    // A job running past midnight is cut at the end of the day.
    const late = [card({ appointment: { start: at("22:00"), end: at("01:00", "2030-07-02") } })];
    expect(axisFor([], late, DAY, ZONE, 120).end).toBe(24 * 60);
  });

  it("shades the hours outside the installer's working hours", () => {
    expect(offHours("08:00", "18:00", AXIS)).toEqual([
      { start: 420, end: 480 },
      { start: 1080, end: 1260 },
    ]);
    expect(offHours("07:00", "21:00", AXIS)).toEqual([]);
    // Unreadable hours: the whole day is outside them.
    expect(offHours("", "18:00", AXIS)).toEqual([{ start: 420, end: 1260 }]);
  });
});

describe("dropping a job on the scale", () => {
  it("snaps to a quarter hour", () => {
    expect(snap(607)).toBe(600);
    expect(snap(608)).toBe(615);
    expect(snap(622.4)).toBe(615);
    expect(clockOf(615)).toBe("10:15");
    expect(clockOf(1440)).toBe("24:00");
  });

  it("starts the job where it was grabbed, kept within the day's scale", () => {
    // Grabbed 30 minutes into a two-hour job, let go over 10:40: it starts at 10:15 (10:10 snapped).
    expect(dropStart(640, 30, 120, AXIS)).toBe(615);
    expect(dropStart(400, 0, 60, AXIS)).toBe(420);
    expect(dropStart(1250, 0, 120, AXIS)).toBe(1140);
  });

  it("moves the appointment to the new start and keeps its duration", () => {
    const appointment = { start: at("09:00"), end: at("11:30") };
    expect(movedAppointment(appointment, 13 * 60 + 15, DAY, ZONE)).toEqual({
      start: "2030-07-01T13:15:00+08:00",
      end: "2030-07-01T15:45:00+08:00",
    });
    expect(spanOf(appointment, DAY, ZONE)).toEqual({ start: 540, end: 690 });
  });
});

describe("an installer's row", () => {
  it("stacks jobs at overlapping times in lanes", () => {
    const jobs = [
      card({ id: "a", appointment: { start: at("09:00"), end: at("11:00") } }),
      card({ id: "b", appointment: { start: at("10:00"), end: at("12:00") } }),
      card({ id: "c", appointment: { start: at("11:00"), end: at("12:00") } }),
    ];
    const { lane, count } = lanesOf(jobs, (job) => spanOf(job.appointment, DAY, ZONE));
    expect(count).toBe(2);
    expect([lane.get("a"), lane.get("b"), lane.get("c")]).toEqual([0, 1, 0]);
    expect(lanesOf([], () => ({ start: 0, end: 0 })).count).toBe(1);
  });

  it("measures the time and the straight distance between consecutive jobs", () => {
    const jobs = board().rows[0]!.jobs;
    const [gap] = travelGaps([...jobs].reverse(), DAY, ZONE);
    expect(gap).toMatchObject({ fromNumber: "WO-000041", toNumber: "WO-000043", start: 660, end: 780, minutes: 120 });
    // 西湖区文三路 → 天目山路: about 2.5 km apart as the crow flies.
    expect(gap!.km).toBeCloseTo(2.5, 1);
  });

  it("says how much two jobs overlap, and leaves out a distance it cannot know", () => {
    const gaps = travelGaps(
      [
        card({ id: "a", appointment: { start: at("09:00"), end: at("11:00") } }),
        card({ id: "b", latitude: undefined, appointment: { start: at("10:30"), end: at("12:00") } }),
      ],
      DAY,
      ZONE,
    );
    expect(gaps).toEqual([expect.objectContaining({ minutes: -30, km: null })]);
  });
});
