import { describe, expect, it } from "vitest";
import { checkFile, checkTarget, parseJsonSchedule, uploadKind, warningText } from "./schedule-upload";

describe("schedule upload", () => {
  it("knows an iCalendar file by its name even without a media type", () => {
    expect(uploadKind({ name: "cn-2027.ICS", type: "" })).toBe("ics");
    expect(uploadKind({ name: "cn.json", type: "" })).toBe("json");
    expect(uploadKind({ name: "cn.txt", type: "text/plain" })).toBeNull();
  });

  it("refuses a missing, foreign or oversized file", () => {
    expect(checkFile(null)).toEqual({ file: "noFile" });
    expect(checkFile({ name: "a.pdf", type: "application/pdf", size: 10 })).toEqual({ file: "fileType" });
    expect(checkFile({ name: "a.ics", type: "", size: 300 * 1024 })).toEqual({ file: "fileSize" });
    expect(checkFile({ name: "a.ics", type: "", size: 1000 })).toEqual({});
  });

  it("bounds the year from 2000 to five years ahead and wants a two-letter country", () => {
    const today = new Date("2026-12-04T00:00:00Z");
    expect(checkTarget("CN", 2027, today)).toEqual({});
    expect(checkTarget("CN", 2032, today)).toEqual({ year: "year" });
    expect(checkTarget("CN", 1999, today)).toEqual({ year: "year" });
    expect(checkTarget("CHN", 2027, today)).toEqual({ country: "country" });
  });

  it("names each wrong field of a JSON schedule like the server", () => {
    const text = JSON.stringify({
      holidays: [
        { date: "2027-10-01", name: "National Day" },
        { date: "2026-12-31", name: "Old year" },
        { date: "2027-10-01", name: "Again" },
      ],
      makeUpWorkingDays: [{ date: "2027-10-01", name: "—" }],
    });
    expect(parseJsonSchedule(text, 2027).problems).toEqual({
      "holidays[1].date": "dateOutsideYear",
      "holidays[2].date": "duplicateDate",
      "makeUpWorkingDays[0].date": "bothKinds",
      "makeUpWorkingDays[0].name": "name",
    });
    expect(parseJsonSchedule("{", 2027).problems).toEqual({ file: "jsonSyntax" });
    expect(parseJsonSchedule('{"holidays":[]}', 2027).problems).toEqual({ file: "jsonShape" });
  });

  it("gives the body of a valid JSON schedule", () => {
    const result = parseJsonSchedule(
      '{"holidays":[{"date":"2027-01-01","name":" 元旦 "}],"makeUpWorkingDays":[]}',
      2027,
    );
    expect(result.problems).toEqual({});
    expect(result.body).toEqual({ holidays: [{ date: "2027-01-01", name: "元旦" }], makeUpWorkingDays: [] });
  });

  it("shows the November warning only when the server sends one", () => {
    expect(warningText(undefined)).toBeNull();
    expect(warningText({ code: "NEXT_YEAR_NOT_PUBLISHED", year: 2027, message: "x" })).toEqual({
      key: "countryCalendars.warning.NEXT_YEAR_NOT_PUBLISHED",
      year: 2027,
    });
  });
});
