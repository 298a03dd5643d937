import { describe, expect, it } from "vitest";
import { promiseWatchItem, servicePromise } from "@/test/fixtures";
import { byDueTime, groupByStatus, subjectPath } from "./watch";

const ID = "0193a5c8-0000-7000-8000-000000000001";

describe("promise watch", () => {
  it("links each subject to its own page", () => {
    expect(subjectPath({ subjectType: "SERVICE_REQUEST", subjectId: ID })).toBe(`/service-requests/${ID}`);
    expect(subjectPath({ subjectType: "WORK_ORDER", subjectId: ID })).toBe(`/work-orders/${ID}`);
    expect(subjectPath({ subjectType: "FOLLOW_UP", subjectId: ID })).toBe(`/follow-ups/${ID}`);
    expect(subjectPath({ subjectType: "OBJECTION", subjectId: ID })).toBe(`/objections/${ID}`);
    expect(subjectPath({ subjectType: "COMPLAINT", subjectId: ID })).toBe(`/complaints/${ID}`);
  });

  it("groups breached before at risk, soonest due first in each, or lists all by due time", () => {
    const soonRisk = promiseWatchItem({
      subjectNumber: "WO-1",
      promise: servicePromise({ status: "AT_RISK", dueAt: "2026-03-05T12:00:00+08:00" }),
    });
    const laterRisk = promiseWatchItem({
      subjectNumber: "WO-2",
      promise: servicePromise({ status: "AT_RISK", dueAt: "2026-03-06T12:00:00+08:00" }),
    });
    const breached = promiseWatchItem({
      subjectNumber: "OB-1",
      promise: servicePromise({ status: "BREACHED", dueAt: "2026-03-05T18:00:00+08:00" }),
    });
    const groups = groupByStatus([laterRisk, breached, soonRisk]);
    expect(groups.map((group) => [group.status, group.items.map((item) => item.subjectNumber)])).toEqual([
      ["BREACHED", ["OB-1"]],
      ["AT_RISK", ["WO-1", "WO-2"]],
    ]);
    expect(byDueTime([laterRisk, breached, soonRisk]).map((item) => item.subjectNumber)).toEqual([
      "WO-1",
      "OB-1",
      "WO-2",
    ]);
  });
});
