import { describe, expect, it } from "vitest";
import {
  emptyCreateApplicationForm,
  failedWithoutFinding,
  orderedActions,
  stepsOf,
  toChecklist,
  toConstruction,
  toCreateApplication,
  toDesignSubmission,
  validateConstruction,
  validateCreateApplication,
} from "./connection";

const base = { inspections: [], designs: [], plan: undefined, construction: undefined };

describe("the procedure's steps", () => {
  it("places each state on the bar from application to connection", () => {
    expect(stepsOf({ ...base, status: "APPLIED" })).toEqual({ current: 0, status: "process" });
    expect(stepsOf({ ...base, status: "PLAN_NOTIFIED" })).toEqual({ current: 1, status: "process" });
    expect(stepsOf({ ...base, status: "DESIGN_REVIEW" })).toEqual({ current: 2, status: "process" });
    expect(stepsOf({ ...base, status: "DESIGN_CHANGES_REQUIRED" })).toEqual({ current: 2, status: "error" });
    expect(stepsOf({ ...base, status: "DESIGN_APPROVED" })).toEqual({ current: 3, status: "process" });
    expect(stepsOf({ ...base, status: "CONSTRUCTION" })).toEqual({ current: 3, status: "process" });
    expect(stepsOf({ ...base, status: "ACCEPTED" })).toEqual({ current: 5, status: "process" });
    expect(stepsOf({ ...base, status: "CONNECTED" })).toEqual({ current: 5, status: "finish" });
  });

  it("moves construction to the inspection step once an inspection is recorded", () => {
    const inspection = {
      id: "i1",
      stage: "INTERMEDIATE" as const,
      result: "PASSED" as const,
      designRevision: 1,
      checklist: [],
      inspector: "李工",
      inspectedAt: "2026-12-01T10:00:00+08:00",
    };
    expect(stepsOf({ ...base, status: "CONSTRUCTION", inspections: [inspection] }).current).toBe(4);
  });

  it("stops a cancelled application in red where it was", () => {
    expect(stepsOf({ ...base, status: "CANCELLED" })).toEqual({ current: 0, status: "error" });
    const plan = {
      text: "p",
      notifiedAt: "2026-12-01T10:00:00+08:00",
      validUntil: "2027-03-01",
      originalValidUntil: "2027-03-01",
      objectionUntil: "2027-01-01",
    };
    expect(stepsOf({ ...base, status: "CANCELLED", plan })).toEqual({ current: 1, status: "error" });
  });

  it("orders the buttons with the main step first and cancelling last", () => {
    expect(orderedActions(["CANCEL", "EXPLAIN_DELAY", "NOTIFY_PLAN"])).toEqual([
      "NOTIFY_PLAN",
      "EXPLAIN_DELAY",
      "CANCEL",
    ]);
  });
});

describe("the new application form", () => {
  it("sends a site of the customer or a written address, never both", () => {
    const form = emptyCreateApplicationForm({ customerId: "c1", capacityKva: 80.04, siteId: "s1", siteAddress: "x" });
    expect(toCreateApplication(form)).toEqual({
      customerId: "c1",
      kind: "NEW_CONNECTION",
      supplyClass: "LOW_VOLTAGE",
      capacityKva: 80,
      siteId: "s1",
    });
    expect(
      toCreateApplication({ ...form, where: "address", siteAddress: " 北京路 1 号 ", description: " 新厂房 " }),
    ).toEqual({
      customerId: "c1",
      kind: "NEW_CONNECTION",
      supplyClass: "LOW_VOLTAGE",
      capacityKva: 80,
      siteAddress: "北京路 1 号",
      description: "新厂房",
    });
  });

  it("asks for the customer, the capacity and the site", () => {
    expect(validateCreateApplication(emptyCreateApplicationForm())).toEqual({
      customerId: "required",
      capacityKva: "required",
      siteId: "required",
    });
    expect(
      validateCreateApplication(emptyCreateApplicationForm({ customerId: "c", capacityKva: 0, where: "address" })),
    ).toEqual({
      capacityKva: "min",
      siteAddress: "required",
    });
  });
});

describe("the step forms", () => {
  it("sends the checked documents with their scans", () => {
    expect(
      toDesignSubmission(
        { copies: 2, included: ["LOAD_COMPOSITION", "MAIN_EQUIPMENT_LIST"], scans: { LOAD_COMPOSITION: "a1" } },
        4,
      ),
    ).toEqual({
      version: 4,
      copies: 2,
      documents: [{ document: "LOAD_COMPOSITION", attachmentId: "a1" }, { document: "MAIN_EQUIPMENT_LIST" }],
    });
  });

  it("names a partner only for a partner's construction", () => {
    const form = {
      contractor: "OWN" as const,
      partnerId: "p1",
      installerIds: ["i1"],
      feesPaidOn: "2026-12-01",
      startedOn: "2026-12-02",
    };
    expect(toConstruction(form, 3)).toEqual({
      version: 3,
      contractor: "OWN",
      installerIds: ["i1"],
      feesPaidOn: "2026-12-01",
      startedOn: "2026-12-02",
    });
    expect(toConstruction({ ...form, contractor: "PARTNER" }, 3).partnerId).toBe("p1");
    expect(validateConstruction({ ...form, contractor: "PARTNER", partnerId: "", installerIds: [] })).toEqual({
      partnerId: "required",
      installerIds: "required",
    });
  });

  it("needs a finding for every failed checklist item and sends findings only for those", () => {
    const rows = [
      { item: "接地", passed: true, finding: "ignored" },
      { item: "计量", passed: false, finding: "" },
      { item: "保护", passed: false, finding: " 未整定 " },
      { item: " ", passed: true },
    ];
    expect(failedWithoutFinding(rows)).toEqual([1]);
    expect(toChecklist(rows)).toEqual([
      { item: "接地", passed: true },
      { item: "计量", passed: false },
      { item: "保护", passed: false, finding: "未整定" },
    ]);
  });
});
