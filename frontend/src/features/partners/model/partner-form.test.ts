import { describe, expect, it } from "vitest";
import { partnerStatement } from "@/test/fixtures-field-money";
import { partnerOwes, plainPercent, statementRows, statementSteps } from "@/lib/partner-statement";
import {
  defaultPeriod,
  emptyAgreementForm,
  emptyPartnerForm,
  toAssign,
  toCreateAgreement,
  toCreatePartner,
  validateAgreement,
  validateAssign,
  validatePartner,
  validatePeriod,
} from "./partner-form";
import { quotaRange } from "./quota";

describe("registering a partner", () => {
  it("needs the name; empty contact rows are dropped and a bank account is sent only when given", () => {
    expect(validatePartner(emptyPartnerForm())).toEqual({ name: "required" });
    const form = { ...emptyPartnerForm(), name: " 郑州安达 " };
    expect(toCreatePartner(form)).toEqual({ name: "郑州安达", contacts: [] });
    expect(
      toCreatePartner({
        ...form,
        contacts: [{ name: "赵经理", phone: "138 0000 1234", role: "" }],
        bank: "工商银行",
        accountNumber: "6222 0212 3456 7890 123",
      }),
    ).toEqual({
      name: "郑州安达",
      contacts: [{ name: "赵经理", phone: "138 0000 1234" }],
      bankAccount: { bank: "工商银行", accountNumber: "6222 0212 3456 7890 123" },
    });
  });

  it("sends a construction qualification only with both its number and its last valid day", () => {
    const form = { ...emptyPartnerForm(), name: "安达电力" };
    expect(validatePartner({ ...form, qualificationNumber: "D341012345" })).toEqual({
      qualificationValidTo: "required",
    });
    expect(
      toCreatePartner({ ...form, qualificationNumber: " D341012345 ", qualificationValidTo: "2028-06-30" }),
    ).toEqual({
      name: "安达电力",
      contacts: [],
      constructionQualification: { number: "D341012345", validTo: "2028-06-30" },
    });
  });

  it("checks contacts and the account number", () => {
    const form = {
      ...emptyPartnerForm(),
      name: "安达",
      contacts: [{ name: "", phone: "12", role: "项目经理" }],
      accountNumber: "62-AB",
    };
    expect(validatePartner(form)).toEqual({
      "contacts[0].name": "required",
      "contacts[0].phone": "phone",
      "bankAccount.accountNumber": "accountNumber",
    });
  });
});

describe("an agreement", () => {
  it("needs the fee and the period; quota and percentages are left to the server's defaults", () => {
    expect(validateAgreement(emptyAgreementForm())).toEqual({
      feePerUnit: "required",
      firstDay: "required",
      lastDay: "required",
    });
    const form = { ...emptyAgreementForm(), feePerUnit: "50.00", firstDay: "2026-03-01", lastDay: "2026-12-31" };
    expect(validateAgreement(form)).toEqual({});
    expect(toCreateAgreement(form)).toEqual({ feePerUnit: "50.00", firstDay: "2026-03-01", lastDay: "2026-12-31" });
    expect(
      toCreateAgreement({
        ...form,
        dailyQuota: "20",
        delayDeductionPercentPerDay: "5",
        complaintDeductionPercent: "3.5",
      }),
    ).toEqual({
      feePerUnit: "50.00",
      firstDay: "2026-03-01",
      lastDay: "2026-12-31",
      dailyQuota: 20,
      delayDeductionPercentPerDay: "5",
      complaintDeductionPercent: "3.5",
    });
  });

  it("refuses a wrong fee, percentages above 100 and a period that ends before it starts", () => {
    const form = {
      ...emptyAgreementForm(),
      feePerUnit: "50.123",
      firstDay: "2026-03-02",
      lastDay: "2026-03-01",
      delayDeductionPercentPerDay: "120",
    };
    expect(validateAgreement(form)).toEqual({
      feePerUnit: "money",
      lastDay: "periodOrder",
      delayDeductionPercentPerDay: "percent",
    });
  });
});

describe("giving a work order to the partner", () => {
  it("takes the order's id copied from its page, with the agreement, units and due date", () => {
    const id = "0193A5C8-0000-7000-8000-0000000B0001";
    expect(validateAssign({ workOrderId: "WO-000001", agreementId: "", units: "0", dueDate: "" })).toEqual({
      workOrderId: "uuid",
      agreementId: "required",
      units: "integer",
      dueDate: "required",
    });
    expect(toAssign({ workOrderId: ` ${id} `, agreementId: "a-1", units: "3", dueDate: "2026-03-09" })).toEqual({
      workOrderId: id.toLowerCase(),
      agreementId: "a-1",
      units: 3,
      dueDate: "2026-03-09",
    });
  });

  it("tracks the quota over at most 366 days", () => {
    expect(quotaRange("2026-03-01", "2026-03-14")).toBe("ok");
    expect(quotaRange("2026-03-14", "2026-03-01")).toBe("order");
    expect(quotaRange("2026-01-01", "2027-01-02")).toBe("tooLong");
    expect(quotaRange("", "2026-03-01")).toBe("incomplete");
  });
});

describe("a statement", () => {
  it("is drafted for the previous month by default", () => {
    expect(defaultPeriod("2026-04-15")).toEqual({ periodFrom: "2026-03-01", periodTo: "2026-03-31" });
    expect(defaultPeriod("2026-01-05")).toEqual({ periodFrom: "2025-12-01", periodTo: "2025-12-31" });
    expect(validatePeriod({ periodFrom: "2026-03-31", periodTo: "2026-03-01" })).toEqual({ periodTo: "periodOrder" });
  });

  it("shows gross, the delay days and complaints with the agreement's percent, damage and net", () => {
    expect(statementRows(partnerStatement())).toEqual([
      { key: "gross", amount: "100.00", count: 2, deduction: false },
      { key: "delay", amount: "5.00", count: 1, percent: "5", deduction: true },
      { key: "complaints", amount: "5.00", count: 1, percent: "5", deduction: true },
      { key: "damage", amount: "0.00", deduction: true },
      { key: "net", amount: "90.00", deduction: false },
    ]);
    expect(plainPercent("2.50")).toBe("2.5");
    expect(partnerOwes(partnerStatement({ net: "-12.00" }))).toBe(true);
  });

  it("is recomputed, confirmed or deleted as a draft, and paid once confirmed", () => {
    expect(statementSteps("DRAFT")).toEqual(["recompute", "confirm", "delete"]);
    expect(statementSteps("CONFIRMED")).toEqual(["pay"]);
    expect(statementSteps("PAID")).toEqual([]);
  });
});
