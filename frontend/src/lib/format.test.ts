import { describe, expect, it } from "vitest";
import {
  addDays,
  dayInWords,
  daysBetween,
  localDateOf,
  localTimeOf,
  mondayOf,
  todayIn,
  zonedDateTimeToIso,
} from "./format";

describe("dates and times in the tenant's zone", () => {
  it("turns a wall-clock time in the zone into an instant with the zone's offset", () => {
    expect(zonedDateTimeToIso("2026-03-05", "09:00", "Asia/Shanghai")).toBe("2026-03-05T09:00:00+08:00");
    expect(zonedDateTimeToIso("2026-07-01", "09:30", "Europe/Berlin")).toBe("2026-07-01T09:30:00+02:00");
    expect(zonedDateTimeToIso("2026-01-15", "09:30", "Europe/Berlin")).toBe("2026-01-15T09:30:00+01:00");
    expect(zonedDateTimeToIso("2026-01-15", "07:00", "America/New_York")).toBe("2026-01-15T07:00:00-05:00");
  });

  it("moves a time skipped by a daylight-saving change forward instead of failing", () => {
    // Berlin skips 02:00–03:00 on 2026-03-29.
    expect(zonedDateTimeToIso("2026-03-29", "02:30", "Europe/Berlin")).toBe("2026-03-29T03:30:00+02:00");
  });

  it("rejects text that is not a date and a time", () => {
    expect(zonedDateTimeToIso("2026-02-30", "09:00", "Asia/Shanghai")).toBeNull();
    expect(zonedDateTimeToIso("2026-03-05", "24:00", "Asia/Shanghai")).toBeNull();
    expect(zonedDateTimeToIso("", "09:00", "Asia/Shanghai")).toBeNull();
  });

  it("reads the date and time of an instant as the zone sees it", () => {
    // 23:30 in Shanghai is still the 5th there, though UTC is at 15:30 on the 5th, and Berlin at 16:30.
    expect(localDateOf("2026-03-05T23:30:00+08:00", "Asia/Shanghai")).toBe("2026-03-05");
    expect(localDateOf("2026-03-05T16:30:00Z", "Asia/Shanghai")).toBe("2026-03-06");
    expect(localTimeOf("2026-03-05T01:05:00Z", "Asia/Shanghai")).toBe("09:05");
    expect(todayIn("Asia/Shanghai", new Date("2026-03-05T17:00:00Z"))).toBe("2026-03-06");
  });

  it("counts calendar days without a time zone", () => {
    expect(addDays("2026-02-27", 3)).toBe("2026-03-02");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(mondayOf("2026-03-05")).toBe("2026-03-02");
    expect(mondayOf("2026-03-08")).toBe("2026-03-02");
    expect(mondayOf("2026-03-02")).toBe("2026-03-02");
    expect(daysBetween("2026-03-01", "2026-03-31")).toBe(30);
    expect(daysBetween("2026-03-31", "2026-03-01")).toBe(-30);
  });
});

describe("dayInWords", () => {
  it("says a calendar day with its weekday in the reader's language, whatever the browser's zone", () => {
    expect(dayInWords("2026-12-08", "zh-CN")).toBe("12月8日周二");
    expect(dayInWords("2026-12-08", "en")).toBe("Tue, Dec 8");
  });

  it("says the year only when it differs from the day the note is about", () => {
    expect(dayInWords("2025-12-31", "zh-CN", "2026-12-08")).toBe("2025年12月31日周三");
    expect(dayInWords("2026-12-31", "en", "2026-12-08")).toBe("Thu, Dec 31");
  });

  it("leaves what is not a date as it is", () => {
    expect(dayInWords("soon", "en")).toBe("soon");
  });
});
