import { describe, expect, it } from "vitest";
import {
  confirmationAsksAmount,
  disciplineFilterOf,
  emptyManualEntryForm,
  entryActions,
  signedAmount,
  sourcePath,
  toAppealDecision,
  toConfirmation,
  toManualEntry,
  toRefusal,
  toUnansweredCall,
  validateAppealDecision,
  validateConfirmation,
  validateManualEntry,
  validateReason,
  validateRefusal,
  validateUnansweredCall,
} from "./discipline";

const LI = "0193a5c8-0000-7000-8000-0000000a0001";
const ORDER = "0193a5c8-0000-7000-8000-0000000b0001";
const manager = { userId: "m", roles: ["manager"] };
const li = { userId: LI, roles: ["installer"] };

describe("the discipline ledger", () => {
  it("shows fines and cost charges as deductions and rewards as additions, nothing for warnings", () => {
    expect(signedAmount({ kind: "FINE", amount: "50.00" })).toEqual({ sign: "−", amount: "50.00" });
    expect(signedAmount({ kind: "COST_CHARGE", amount: "180.00" })).toEqual({ sign: "−", amount: "180.00" });
    expect(signedAmount({ kind: "REWARD", amount: "10.00" })).toEqual({ sign: "+", amount: "10.00" });
    expect(signedAmount({ kind: "MAJOR_DEMERIT" })).toBeNull();
    expect(signedAmount({ kind: "FINE" })).toBeNull();
  });

  it("links the work order of an entry: the office's page, or the installer's own job", () => {
    const entry = { sourceType: "WORK_ORDER" as const, sourceId: ORDER };
    expect(sourcePath(entry, false)).toBe(`/work-orders/${ORDER}`);
    expect(sourcePath(entry, true)).toBe(`/jobs/${ORDER}`);
    expect(sourcePath({ sourceType: "COMPLAINT", sourceId: ORDER }, false)).toBe(`/complaints/${ORDER}`);
    expect(sourcePath({ sourceType: "COMPLAINT", sourceId: ORDER }, true)).toBeNull();
    expect(sourcePath({ sourceType: "MANUAL" }, false)).toBeNull();
  });

  it("lets a manager confirm, waive and decide appeals, and the installer appeal their own entry once", () => {
    const proposed = { status: "PROPOSED" as const, installerId: LI, appealStatus: undefined };
    expect(entryActions(proposed, manager)).toEqual(["confirm", "waive"]);
    expect(entryActions(proposed, li)).toEqual(["appeal"]);
    expect(entryActions(proposed, { userId: "someone-else", roles: ["installer"] })).toEqual([]);
    expect(entryActions({ ...proposed, status: "CONFIRMED", appealStatus: "PENDING" }, manager)).toEqual([
      "decideAppeal",
      "waive",
    ]);
    expect(entryActions({ ...proposed, status: "CONFIRMED", appealStatus: "DISMISSED" }, li)).toEqual([]);
    expect(entryActions({ ...proposed, status: "WAIVED" }, manager)).toEqual([]);
    expect(entryActions(proposed, { userId: "d", roles: ["dispatcher"] })).toEqual([]);
  });

  it("asks an amount on confirming only where the rules set none, or for a cost charge", () => {
    expect(confirmationAsksAmount({ kind: "FINE", amount: "50.00" })).toBe(false);
    expect(confirmationAsksAmount({ kind: "FINE" })).toBe(true);
    expect(confirmationAsksAmount({ kind: "COST_CHARGE", amount: "180.00" })).toBe(true);
    expect(confirmationAsksAmount({ kind: "WARNING" })).toBe(false);
    expect(validateConfirmation({ kind: "FINE" }, "")).toEqual({ amount: "required" });
    expect(validateConfirmation({ kind: "FINE" }, "0")).toEqual({ amount: "positive" });
    expect(validateConfirmation({ kind: "FINE" }, "5,00")).toEqual({ amount: "amount" });
    expect(toConfirmation({ kind: "FINE", version: 2 }, "80")).toEqual({ version: 2, amount: "80.00" });
    expect(toConfirmation({ kind: "FINE", amount: "50.00", version: 2 }, "50.00")).toEqual({ version: 2 });
    // An unchanged cost is not sent again.
    expect(toConfirmation({ kind: "COST_CHARGE", amount: "180.00", version: 1 }, "180")).toEqual({ version: 1 });
    expect(toConfirmation({ kind: "COST_CHARGE", amount: "180.00", version: 1 }, "150.5")).toEqual({
      version: 1,
      amount: "150.50",
    });
  });

  it("needs a reason to waive or appeal, and an outcome and note to decide an appeal", () => {
    expect(validateReason("  ")).toEqual({ reason: "required" });
    expect(validateAppealDecision({ upheld: "", note: "" })).toEqual({ upheld: "required", note: "required" });
    expect(toAppealDecision({ upheld: "yes", note: " 堵车有证明 " }, 4)).toEqual({
      version: 4,
      upheld: true,
      note: "堵车有证明",
    });
    expect(toAppealDecision({ upheld: "no", note: "理由不成立" }, 4).upheld).toBe(false);
  });

  it("makes a manual entry with an amount only for kinds that carry money, not dated in the future", () => {
    expect(validateManualEntry(emptyManualEntryForm(), "2026-03-05")).toEqual({
      installerId: "required",
      kind: "required",
      description: "required",
    });
    const fine = {
      installerId: LI,
      kind: "FINE" as const,
      amount: "",
      description: "未穿工装",
      occurredOn: "2026-03-06",
    };
    expect(validateManualEntry(fine, "2026-03-05")).toEqual({ amount: "required", occurredOn: "futureDate" });
    expect(toManualEntry({ ...fine, amount: "30", occurredOn: "" })).toEqual({
      installerId: LI,
      kind: "FINE",
      amount: "30.00",
      description: "未穿工装",
    });
    const warning = { ...fine, kind: "WARNING" as const, amount: "99", occurredOn: "2026-03-04" };
    expect(validateManualEntry(warning, "2026-03-05")).toEqual({});
    expect(toManualEntry(warning)).toEqual({
      installerId: LI,
      kind: "WARNING",
      description: "未穿工装",
      occurredOn: "2026-03-04",
    });
  });

  it("records an unanswered call at a past instant and a refusal of a real work order id", () => {
    const call = { installerId: LI, date: "2026-03-05", time: "10:00", note: "" };
    const now = new Date("2026-03-05T03:00:00Z");
    expect(validateUnansweredCall(call, "2026-03-05T10:00:00+08:00", now)).toEqual({});
    expect(validateUnansweredCall(call, "2026-03-05T12:00:00+08:00", now)).toEqual({ calledAt: "futureDate" });
    expect(validateUnansweredCall({ ...call, installerId: "", time: "" }, null, now)).toEqual({
      installerId: "required",
      calledAt: "required",
    });
    expect(toUnansweredCall(call, "2026-03-05T10:00:00+08:00")).toEqual({
      installerId: LI,
      calledAt: "2026-03-05T10:00:00+08:00",
    });

    expect(validateRefusal({ workOrderId: "WO-1", installerId: "", kind: "REFUSED", reason: "" })).toEqual({
      workOrderId: "uuid",
      installerId: "required",
    });
    expect(
      toRefusal({ workOrderId: ` ${ORDER.toUpperCase()} `, installerId: LI, kind: "IGNORED", reason: " " }),
    ).toEqual({
      workOrderId: ORDER,
      installerId: LI,
      kind: "IGNORED",
    });
  });

  it("reads the ledger's filter from the URL", () => {
    expect(
      disciplineFilterOf(
        new URLSearchParams(`status=PROPOSED&kind=FINE&rule=LATE_ARRIVAL&installerId=${LI}&appealStatus=PENDING`),
      ),
    ).toEqual({
      status: "PROPOSED",
      kind: "FINE",
      rule: "LATE_ARRIVAL",
      installerId: LI,
      appealStatus: "PENDING",
    });
    expect(disciplineFilterOf(new URLSearchParams("kind=BONUS"))).toEqual({
      status: undefined,
      kind: undefined,
      rule: undefined,
      installerId: undefined,
      appealStatus: undefined,
    });
  });
});
