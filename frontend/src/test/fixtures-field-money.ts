import type { Schema } from "@/lib/api/schema-types";

// Complete response bodies of partners, trips, expense claims and attendance, typed from the contract.

export const PARTNER_ID = "0193a5c8-0000-7000-8000-0000000a1001";
export const TRIP_ID = "0193a5c8-0000-7000-8000-0000000a2001";
export const INSTALLER_ID = "0193a5c8-0000-7000-8000-0000000a3001";

export function partnerStatement(overrides: Partial<Schema<"PartnerStatement">> = {}): Schema<"PartnerStatement"> {
  return {
    id: "0193a5c8-0000-7000-8000-0000000a1101",
    number: "PS-000001",
    partnerId: PARTNER_ID,
    partnerName: "郑州安达车载安装有限公司",
    periodFrom: "2026-03-01",
    periodTo: "2026-03-31",
    status: "DRAFT",
    units: 2,
    gross: "100.00",
    delayDays: 1,
    delayDeduction: "5.00",
    complaints: 1,
    complaintDeduction: "5.00",
    damageDeduction: "0.00",
    net: "90.00",
    lines: [
      {
        workOrderId: "0193a5c8-0000-7000-8000-0000000b0001",
        workOrderNumber: "WO-000001",
        agreementId: "0193a5c8-0000-7000-8000-0000000a1201",
        units: 1,
        feePerUnit: "50.00",
        amount: "50.00",
        dueDate: "2026-03-09",
        workDoneOn: "2026-03-10",
        daysLate: 1,
        complaints: 1,
        damageAmount: "0.00",
        delayDeductionPercentPerDay: "5.00",
        complaintDeductionPercent: "5.00",
      },
      {
        workOrderId: "0193a5c8-0000-7000-8000-0000000b0002",
        workOrderNumber: "WO-000002",
        agreementId: "0193a5c8-0000-7000-8000-0000000a1201",
        units: 1,
        feePerUnit: "50.00",
        amount: "50.00",
        dueDate: "2026-03-12",
        workDoneOn: "2026-03-10",
        daysLate: 0,
        complaints: 0,
        damageAmount: "0.00",
        delayDeductionPercentPerDay: "5.00",
        complaintDeductionPercent: "5.00",
      },
    ],
    createdAt: "2026-04-01T09:00:00+08:00",
    computedAt: "2026-04-01T09:00:00+08:00",
    version: 0,
    ...overrides,
  };
}

export function partnerOrderView(overrides: Partial<Schema<"PartnerOrderView">> = {}): Schema<"PartnerOrderView"> {
  return {
    workOrderId: "0193a5c8-0000-7000-8000-0000000b0001",
    number: "WO-000001",
    status: "ASSIGNED",
    taken: false,
    units: 3,
    dueDate: "2026-03-09",
    customerName: "王*",
    customerPhoneMasked: "138****5678",
    siteAddress: "郑州市金水区花园路 88 号停车场",
    description: "3 台货车安装车载终端",
    deviceSerialsMasked: ["****7731", "****7732"],
    vehiclePlate: "豫A·12345",
    customerSigned: false,
    accepted: false,
    donePhotoIds: [],
    ...overrides,
  };
}

export function trip(overrides: Partial<Schema<"Trip">> = {}): Schema<"Trip"> {
  return {
    id: TRIP_ID,
    number: "TR-000001",
    destination: "苏州",
    firstDay: "2026-03-10",
    lastDay: "2026-03-12",
    days: 3,
    purpose: "苏州客户批量安装",
    status: "PLANNED",
    personIds: [INSTALLER_ID],
    workOrderIds: [],
    rates: { lodgingCapPerDay: "100.00", mealAllowancePerMeal: "15.00", mealsPerDay: 3 },
    allowances: [
      {
        personId: INSTALLER_ID,
        days: 3,
        nights: 2,
        meals: "135.00",
        lodgingClaimed: "0.00",
        lodging: "0.00",
        lodgingAboveCap: false,
        total: "135.00",
      },
    ],
    allowanceTotal: "135.00",
    createdAt: "2026-03-01T09:00:00+08:00",
    createdBy: "wang.manager",
    version: 0,
    ...overrides,
  };
}

export function expenseClaim(overrides: Partial<Schema<"ExpenseClaim">> = {}): Schema<"ExpenseClaim"> {
  return {
    id: "0193a5c8-0000-7000-8000-0000000a4001",
    number: "EC-000001",
    tripId: TRIP_ID,
    personId: INSTALLER_ID,
    status: "SUBMITTED",
    total: "86.50",
    receipts: [
      {
        position: 0,
        category: "FUEL",
        amount: "86.50",
        date: "2026-03-10",
        place: "苏州",
        receiptNumber: "F-001",
        aboveCap: false,
      },
    ],
    submittedAt: "2026-03-13T09:00:00+08:00",
    submittedBy: "li.installer",
    version: 0,
    ...overrides,
  };
}
