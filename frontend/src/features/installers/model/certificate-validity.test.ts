import { describe, expect, it } from "vitest";
import { calendarDateInWords, validityOf } from "./certificate-validity";
import { parseSkills, toCreateInstallerRequest, emptyInstallerForm, validateInstallerForm } from "./installer-form";
import { emptyCertificationForm, toCreateCertificationRequest, validateCertificationForm } from "./certification-form";

const TODAY = "2026-03-05";

describe("certificate validity today", () => {
  it("is expired after its last day, and still valid on it", () => {
    expect(validityOf({ validFrom: "2020-01-01", validTo: "2026-03-04" }, TODAY)).toEqual({ state: "expired" });
    expect(validityOf({ validFrom: "2020-01-01", validTo: "2026-03-05" }, TODAY)).toEqual({
      state: "expiring",
      daysLeft: 0,
    });
  });

  it("is expiring within 30 days, and plainly valid beyond", () => {
    expect(validityOf({ validFrom: "2020-01-01", validTo: "2026-04-04" }, TODAY)).toEqual({
      state: "expiring",
      daysLeft: 30,
    });
    expect(validityOf({ validFrom: "2020-01-01", validTo: "2026-04-05" }, TODAY)).toEqual({ state: "valid" });
  });

  it("is not yet valid before its first day", () => {
    expect(validityOf({ validFrom: "2026-03-06", validTo: "2030-01-01" }, TODAY)).toEqual({ state: "notYetValid" });
  });
});

describe("installer and certificate forms", () => {
  it("checks an installer's phone, hours and salary, and splits skills", () => {
    expect(
      validateInstallerForm({
        ...emptyInstallerForm(),
        staffUserId: "x",
        phone: "abc",
        end: "08:00",
        baseSalary: "4k",
      }),
    ).toEqual({
      phone: "phone",
      "workingHours.end": "endBeforeStart",
      baseSalary: "money",
    });
    expect(parseSkills("空调安装， 电工、 空调安装 ,")).toEqual(["空调安装", "电工"]);
    expect(
      toCreateInstallerRequest({
        staffUserId: "id",
        phone: " 138 0000 0001 ",
        start: "08:00",
        end: "17:00",
        baseSalary: "4500",
        skills: "",
      }),
    ).toEqual({
      staffUserId: "id",
      phone: "138 0000 0001",
      workingHours: { start: "08:00", end: "17:00" },
      baseSalary: "4500",
      skills: [],
    });
  });

  it("needs a name for other certificates and an end not before the start", () => {
    const form = {
      ...emptyCertificationForm(),
      type: "OTHER" as const,
      number: "N1",
      issuer: "局",
      validFrom: "2026-03-05",
      validTo: "2026-03-01",
    };
    expect(validateCertificationForm(form)).toEqual({ otherName: "required", validTo: "toBeforeFrom" });
    expect(toCreateCertificationRequest({ ...form, type: "ELECTRICIAN", validTo: "2029-03-05" })).toEqual({
      type: "ELECTRICIAN",
      number: "N1",
      issuer: "局",
      validFrom: "2026-03-05",
      validTo: "2029-03-05",
    });
  });
});

describe("certificate dates in words", () => {
  it("reads a calendar date in the UI's language", () => {
    expect(calendarDateInWords("2026-03-01", "zh-CN")).toBe("2026年3月1日");
    expect(calendarDateInWords("2026-03-01", "en")).toBe("March 1, 2026");
  });
});
