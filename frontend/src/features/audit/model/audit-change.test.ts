import { describe, expect, it } from "vitest";
import { changedValues, displayValue, flattenSnapshot } from "./audit-change";

describe("audit change", () => {
  it("lists only the settings values a change touched, by their form path", () => {
    const before = {
      version: 3,
      dispatch: { lateGraceMinutes: 15, reworkWindowDays: 30 },
      discipline: { lateArrivalFine: "50.00", firstReworkConsequence: "WARNING" },
    };
    const after = {
      version: 4,
      dispatch: { lateGraceMinutes: 25, reworkWindowDays: 30 },
      discipline: { lateArrivalFine: "50.00", firstReworkConsequence: "DEMERIT" },
    };
    expect(changedValues(before, after)).toEqual([
      { path: "version", before: 3, after: 4 },
      { path: "dispatch.lateGraceMinutes", before: 15, after: 25 },
      { path: "discipline.firstReworkConsequence", before: "WARNING", after: "DEMERIT" },
    ]);
  });

  it("shows every value of a created entity as new and of a deleted one as gone", () => {
    const user = { username: "li.si", roles: ["installer"], enabled: true };
    expect(changedValues(undefined, user)).toEqual([
      { path: "username", before: undefined, after: "li.si" },
      { path: "roles", before: undefined, after: ["installer"] },
      { path: "enabled", before: undefined, after: true },
    ]);
    expect(changedValues(user, undefined).map((change) => change.after)).toEqual([undefined, undefined, undefined]);
  });

  it("compares lists such as holidays and roles as a whole", () => {
    const before = { holidays: [{ date: "2026-10-01", name: "国庆节" }], roles: ["installer"] };
    const after = { holidays: [{ date: "2026-10-01", name: "国庆节" }], roles: ["installer", "dispatcher"] };
    expect(changedValues(before, after)).toEqual([
      { path: "roles", before: ["installer"], after: ["installer", "dispatcher"] },
    ]);
  });

  it("reports a property that only one side has", () => {
    expect(changedValues({ firstName: "三" }, { firstName: "三", lastName: "张" })).toEqual([
      { path: "lastName", before: undefined, after: "张" },
    ]);
  });

  it("keeps an empty object as a value instead of dropping it", () => {
    expect(flattenSnapshot({ meta: {}, a: { b: null } })).toEqual(
      new Map<string, unknown>([
        ["meta", {}],
        ["a.b", null],
      ]),
    );
  });

  it("shows amounts exactly and other values as JSON", () => {
    expect(displayValue("50.00")).toBe("50.00");
    expect(displayValue(15)).toBe("15");
    expect(displayValue(false)).toBe("false");
    expect(displayValue(null)).toBe("null");
    expect(displayValue(["installer"])).toBe('["installer"]');
    expect(displayValue(undefined)).toBe("—");
  });
});
