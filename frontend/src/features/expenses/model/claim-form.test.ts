import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/api/problem";
import { expenseClaim } from "@/test/fixtures-field-money";
import { problem } from "@/test/fixtures";
import {
  claimFlags,
  claimSteps,
  emptyClaimForm,
  emptyReceipt,
  receiptErrors,
  toSubmitClaim,
  validateClaim,
  type ReceiptLine,
} from "./claim-form";

const TRIP = "0193a5c8-0000-7000-8000-0000000a2001";
const fuel: ReceiptLine = {
  ...emptyReceipt({ firstDay: "2026-03-10", destination: "苏州" }),
  category: "FUEL",
  amount: "86.50",
  receiptNumber: " F-001 ",
};

describe("receipt lines", () => {
  it("start with the trip's first day and destination", () => {
    expect(emptyReceipt({ firstDay: "2026-03-10", destination: "苏州" })).toMatchObject({
      date: "2026-03-10",
      place: "苏州",
    });
  });

  it("need a category, an amount above zero, a date, a place and the receipt number", () => {
    const form = {
      ...emptyClaimForm(),
      receipts: [emptyReceipt(), { ...fuel, amount: "0" }, { ...fuel, amount: "12.345" }],
    };
    expect(validateClaim(form, { onBehalf: false })).toEqual({
      tripId: "required",
      "receipts[0].category": "required",
      "receipts[0].amount": "required",
      "receipts[0].date": "required",
      "receipts[0].place": "required",
      "receipts[0].receiptNumber": "required",
      "receipts[1].amount": "positive",
      "receipts[2].amount": "money",
    });
  });

  it("ask a manager for the claimant and a reason for each accepted mismatch", () => {
    const form = { tripId: TRIP, personId: "", receipts: [{ ...fuel, override: true, receiptAttachmentId: "scan-1" }] };
    expect(validateClaim(form, { onBehalf: true })).toEqual({
      personId: "required",
      "receipts[0].override.reason": "overrideReason",
      "receipts[0].receiptAttachmentId": "uuid",
    });
  });

  it("are sent trimmed; an installer's override is never sent", () => {
    const form = { tripId: TRIP, personId: "", receipts: [{ ...fuel, override: true, overrideReason: "同城高速口" }] };
    expect(toSubmitClaim(form, { onBehalf: false, mayOverride: false })).toEqual({
      tripId: TRIP,
      receipts: [{ category: "FUEL", amount: "86.50", date: "2026-03-10", place: "苏州", receiptNumber: "F-001" }],
    });
    expect(toSubmitClaim({ ...form, personId: "p-1" }, { onBehalf: true, mayOverride: true })).toMatchObject({
      personId: "p-1",
      receipts: [{ override: { reason: "同城高速口" } }],
    });
  });
});

describe("the server's refusal", () => {
  it("is read per receipt line and field, in either path style", () => {
    const refusal = problem({
      status: 422,
      type: "https://aftercare.dev/problems/receipts-do-not-match-trip",
      errors: [
        { field: "receipts[1].place", message: "is not the trip's destination 苏州" },
        { field: "receipts.1.date", message: "is not one of the trip's days 2026-03-10 … 2026-03-12" },
        { field: "receipts[0].amount", message: "must be more than 0.00" },
      ],
    });
    const server = fieldErrorsOf(refusal);
    expect(receiptErrors(server, 1)).toEqual({
      place: "is not the trip's destination 苏州",
      date: "is not one of the trip's days 2026-03-10 … 2026-03-12",
    });
    expect(receiptErrors(server, 0)).toEqual({ amount: "must be more than 0.00" });
    expect(receiptErrors(server, 2)).toEqual({});
  });
});

describe("deciding a claim", () => {
  it("flags duplicate receipts and lodging above the cap", () => {
    const claim = expenseClaim({
      receipts: [
        {
          position: 0,
          category: "LODGING",
          amount: "180.00",
          date: "2026-03-10",
          place: "苏州",
          receiptNumber: "H-1",
          aboveCap: true,
        },
        {
          position: 1,
          category: "FUEL",
          amount: "50.00",
          date: "2026-03-10",
          place: "苏州",
          receiptNumber: "F-1",
          duplicateOf: "EC-000003",
          aboveCap: false,
        },
      ],
    });
    expect(claimFlags(claim)).toEqual({ duplicates: 1, aboveCap: 1 });
  });

  it("is approved or rejected while submitted and marked paid once approved", () => {
    expect(claimSteps("SUBMITTED")).toEqual(["approve", "reject"]);
    expect(claimSteps("APPROVED")).toEqual(["paid"]);
    expect(claimSteps("REJECTED")).toEqual([]);
    expect(claimSteps("PAID")).toEqual([]);
  });
});
