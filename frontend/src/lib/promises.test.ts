import { describe, expect, it } from "vitest";
import { servicePromise } from "@/test/fixtures";
import { bySoonestDue, isOpenPromise, promiseStatusOf, relativeTime } from "./promises";

const NOW = Date.parse("2026-03-05T06:00:00+08:00");

describe("relative time of a promise's instants", () => {
  it("reads minutes below an hour, hours below two days, then days", () => {
    expect(relativeTime("2026-03-05T06:45:00+08:00", NOW, "zh-CN")).toBe("45分钟后");
    expect(relativeTime("2026-03-05T09:00:00+08:00", NOW, "zh-CN")).toBe("3小时后");
    expect(relativeTime("2026-03-06T18:00:00+08:00", NOW, "en")).toBe("in 36 hours");
    expect(relativeTime("2026-03-02T06:00:00+08:00", NOW, "en")).toBe("3 days ago");
  });

  it("says now within a minute and leaves text that is not an instant alone", () => {
    expect(relativeTime("2026-03-05T06:00:30+08:00", NOW, "en")).toBe("now");
    expect(relativeTime("soon", NOW, "en")).toBe("soon");
  });
});

describe("promise states", () => {
  it("counts running, paused and unkept breached promises as open", () => {
    expect(isOpenPromise(servicePromise({ status: "AT_RISK" }))).toBe(true);
    expect(isOpenPromise(servicePromise({ status: "PAUSED" }))).toBe(true);
    expect(isOpenPromise(servicePromise({ status: "BREACHED" }))).toBe(true);
    expect(isOpenPromise(servicePromise({ status: "BREACHED", metAt: "2026-03-06T08:00:00+08:00" }))).toBe(false);
    expect(isOpenPromise(servicePromise({ status: "MET" }))).toBe(false);
    expect(isOpenPromise(servicePromise({ status: "CANCELLED" }))).toBe(false);
  });

  it("sorts soonest due first and things without a promise last", () => {
    const late = servicePromise({ dueAt: "2026-03-06T09:00:00+08:00" });
    const early = servicePromise({ dueAt: "2026-03-04T09:00:00+08:00" });
    expect([late, undefined, early].sort(bySoonestDue)).toEqual([early, late, undefined]);
  });

  it("reads a filter from the URL and ignores anything else", () => {
    expect(promiseStatusOf("BREACHED")).toBe("BREACHED");
    expect(promiseStatusOf("LATE")).toBeUndefined();
    expect(promiseStatusOf(null)).toBeUndefined();
  });
});
