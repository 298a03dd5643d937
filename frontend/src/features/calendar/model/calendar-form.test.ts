import { describe, expect, it } from "vitest";
import { defaultCalendar } from "@/test/fixtures";
import { newRow, toCalendarForm, toWorkingCalendar, validateCalendar } from "./calendar-form";

describe("calendar form", () => {
  it("shows days sorted by date and saves them with the version", () => {
    const values = toCalendarForm(defaultCalendar(5));
    expect(values.holidays.map((row) => row.date)).toEqual(["2026-10-01", "2026-10-02"]);
    const body = toWorkingCalendar(values, 5);
    expect(body).toEqual({
      version: 5,
      workingDays: ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"],
      holidays: [
        { date: "2026-10-01", name: "国庆节" },
        { date: "2026-10-02", name: "国庆节" },
      ],
      makeUpWorkingDays: [{ date: "2026-09-27", name: "国庆调休" }],
    });
  });

  it("sends working days in week order whatever order they were ticked", () => {
    const values = { ...toCalendarForm(defaultCalendar()), workingDays: ["SATURDAY", "MONDAY"] as const };
    expect(toWorkingCalendar({ ...values, workingDays: [...values.workingDays] }, 1).workingDays).toEqual([
      "MONDAY",
      "SATURDAY",
    ]);
  });

  it("accepts the defaults", () => {
    expect(validateCalendar(toCalendarForm(defaultCalendar()))).toEqual({});
  });

  it("keys problems by the JSON path the server uses", () => {
    const values = toCalendarForm(defaultCalendar());
    values.holidays.push(newRow({ date: "", name: "" }));
    values.holidays.push(newRow({ date: "2026-10-01", name: "重复" }));
    values.makeUpWorkingDays.push(newRow({ date: "2026-10-02", name: "冲突" }));
    values.workingDays = [];
    expect(validateCalendar(values)).toEqual({
      workingDays: "workingDays",
      "holidays[2].date": "required",
      "holidays[2].name": "required",
      "holidays[3].date": "duplicateDate",
      "makeUpWorkingDays[1].date": "holidayAndMakeUp",
    });
  });

  it("drops the row keys and trims names in the request", () => {
    const values = toCalendarForm({ ...defaultCalendar(), holidays: [{ date: "2027-01-01", name: " 元旦 " }] });
    expect(toWorkingCalendar(values, 1).holidays).toEqual([{ date: "2027-01-01", name: "元旦" }]);
  });
});
