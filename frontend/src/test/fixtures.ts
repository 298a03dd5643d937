import type { Schema } from "@/lib/api/schema-types";

// Complete response bodies, typed from the contract: a property the schema requires cannot be left out.

export function problem(overrides: Partial<Schema<"Problem">> & Pick<Schema<"Problem">, "status">): Schema<"Problem"> {
  return {
    type: "https://aftercare.dev/problems/validation",
    title: "Invalid request",
    errorId: "0193a5c8-7f3e-7cc1-9b52-1c0f5e2e4a10",
    ...overrides,
  };
}

/** A tenant as the platform lists it and as /me shows it to its people. */
export function tenant(
  overrides: Partial<Schema<"Tenant"> & Schema<"MeTenant">> = {},
): Schema<"Tenant"> & Schema<"MeTenant"> {
  return {
    id: "7b0c1c52-8d6c-4f3e-9a51-4f8c1d2b9e10",
    slug: "north",
    loginPrefix: "north",
    name: "北区店",
    timeZone: "Asia/Shanghai",
    locale: "zh-CN",
    currency: "CNY",
    createdAt: "2026-01-01T00:00:00+08:00",
    version: 0,
    status: "ACTIVE",
    mapUrlTemplate: "https://uri.amap.com/search?keyword={address}",
    connectionApplications: false,
    ...overrides,
  };
}

/** A manager of {@link tenant}; pass `tenant: undefined` for a platform admin, who has none. */
export function me(overrides: Partial<Schema<"Me">> = {}): Schema<"Me"> {
  return {
    userId: "5f1e4c6a-0d2b-4b8e-9a3c-2e7d1f0a9b11",
    username: "wang.manager",
    displayName: "王经理",
    roles: ["manager"],
    tenant: tenant(),
    ...overrides,
  };
}

export function integrationClient(overrides: Partial<Schema<"IntegrationClient">> = {}): Schema<"IntegrationClient"> {
  return {
    id: "0193a5c8-0000-7000-8000-000000000001",
    clientId: "int-7b0c1c52-erp7k2m",
    name: "ERP order sync",
    createdAt: "2026-03-05T06:07:00Z",
    createdBy: "wang.manager",
    ...overrides,
  };
}

/** The defaults of a new tenant, as listed in CONVENTIONS.md. */
export function defaultSettings(version = 3): Schema<"TenantSettings"> {
  return {
    version,
    mapUrlTemplate: "https://uri.amap.com/search?keyword={address}",
    dispatch: {
      lateGraceMinutes: 15,
      reworkWindowDays: 30,
      attachmentMaxMegabytes: 10,
      roadDistancePercent: 130,
      travelSpeedKmh: 30,
      optimiseSeconds: 10,
    },
    phoneDuty: { start: "08:00", end: "22:00" },
    discipline: {
      lateArrivalFine: "50.00",
      leftSiteWithoutReportInFine: "50.00",
      incompleteServiceReportFine: "20.00",
      phoneUnreachableFine: "10.00",
      dispatchDisobedienceFine: "100.00",
      customerPraiseReward: "10.00",
      otherBreachFineMin: "10.00",
      otherBreachFineMax: "200.00",
      verifiedComplaintConsequence: "MAJOR_DEMERIT",
      firstReworkConsequence: "WARNING",
      repeatReworkConsequence: "COST_CHARGE",
      reportInMinutes: 60,
      praiseRatingAtLeast: 5,
    },
    allowances: {
      lodgingCapPerDay: "100.00",
      mealAllowancePerMeal: "15.00",
      secondmentChargePerDay: "100.00",
      mealsPerDay: 3,
    },
    promises: {
      onSiteWorkingDays: 3,
      installationFollowUpHours: 24,
      objectionCommitmentHours: 24,
      followUpVisitCommitmentHours: 48,
      recentInstallationMonths: 3,
      recentInstallationContacts: 1,
      randomChecksPerWeek: 2,
      atRiskPercent: 80,
      followUpRetryHours: 4,
      followUpMaxAttempts: 3,
      poorAnswerAtMost: 2,
    },
    partners: { minimumUnitsPerDay: 20, delayDeductionPercentPerDay: "5", complaintDeductionPercent: "5" },
    connection: {
      enabled: false,
      workingDays: false,
      residentialPlanDays: 5,
      lowVoltagePlanDays: 10,
      highVoltageSingleSourcePlanMonths: 1,
      highVoltageDualSourcePlanMonths: 2,
      highVoltagePlanValidityMonths: 12,
      lowVoltagePlanValidityMonths: 3,
      extensionNoticeDays: 10,
      highVoltageDesignReviewMonths: 1,
      lowVoltageDesignReviewDays: 10,
      planObjectionMonths: 1,
      planExpiryWarningDays: 15,
      designCopies: 2,
      fees: [],
      procedureNote: "",
    },
    booking: { daysAhead: 14, slotMinutes: 120, changeCutoffHours: 24 },
    earlyWarning: {
      monthlyAtLeast: 3,
      quarterlyAtLeast: 5,
      consecutiveMonths: 3,
      engineeringContactEmail: "",
      trainingContactEmail: "",
    },
  };
}

export function defaultCalendar(version = 1): Schema<"WorkingCalendar"> {
  return {
    version,
    workingDays: ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"],
    holidays: [
      { date: "2026-10-02", name: "国庆节" },
      { date: "2026-10-01", name: "国庆节" },
    ],
    makeUpWorkingDays: [{ date: "2026-09-27", name: "国庆调休" }],
  };
}

export function certification(overrides: Partial<Schema<"Certification">> = {}): Schema<"Certification"> {
  return {
    id: "0193a5c8-0000-7000-8000-0000000ce001",
    type: "ELECTRICIAN",
    number: "T-310101-2021-0042",
    issuer: "上海市应急管理局",
    validFrom: "2021-01-01",
    validTo: "2027-12-31",
    ...overrides,
  };
}

export function installer(overrides: Partial<Schema<"Installer">> = {}): Schema<"Installer"> {
  return {
    id: "0193a5c8-0000-7000-8000-0000000a0001",
    username: "li.installer",
    displayName: "李师傅",
    phone: "+86 138 0000 0001",
    skills: ["空调安装"],
    servicePointIds: [],
    workingHours: { start: "08:30", end: "17:30" },
    baseSalary: "4500.00",
    status: "ACTIVE",
    certifications: [certification()],
    version: 0,
    ...overrides,
  };
}

export function workOrder(overrides: Partial<Schema<"WorkOrder">> = {}): Schema<"WorkOrder"> {
  return {
    id: "0193a5c8-0000-7000-8000-0000000b0001",
    number: "WO-000042",
    type: "INSTALLATION",
    status: "NEW",
    priority: "NORMAL",
    customerId: "0193a5c8-0000-7000-8000-0000000c0001",
    customerName: "王芳",
    assetIds: [],
    description: "安装 2 台壁挂空调，客户家 3 楼",
    tasks: { electricalWork: true, welding: false, workAtHeight: false },
    requiredQualifications: ["ELECTRICIAN"],
    itemsToBring: [{ name: "铜管 5 米", quantity: 2 }],
    appointment: { start: "2026-03-05T09:00:00+08:00", end: "2026-03-05T11:00:00+08:00" },
    helperIds: [],
    late: false,
    hasSignature: false,
    allowedNextStates: ["ASSIGNED", "CANCELLED"],
    createdAt: "2026-03-01T08:00:00+08:00",
    updatedAt: "2026-03-01T08:00:00+08:00",
    version: 0,
    ...overrides,
  };
}

export function timelineEntry(overrides: Partial<Schema<"TimelineEntry">> = {}): Schema<"TimelineEntry"> {
  return {
    id: "0193a5c8-0000-7000-8000-0000000e0001",
    occurredAt: "2026-03-01T08:00:00+08:00",
    actorName: "wang.manager",
    action: "created",
    toStatus: "NEW",
    ...overrides,
  };
}

export function leaveRequest(overrides: Partial<Schema<"LeaveRequest">> = {}): Schema<"LeaveRequest"> {
  return {
    id: "0193a5c8-0000-7000-8000-0000000d0001",
    installerId: "0193a5c8-0000-7000-8000-0000000a0001",
    firstDay: "2026-03-05",
    lastDay: "2026-03-06",
    reason: "家中有事",
    status: "REQUESTED",
    createdAt: "2026-03-01T08:00:00+08:00",
    version: 0,
    ...overrides,
  };
}

export function staffUser(overrides: Partial<Schema<"StaffUser">> = {}): Schema<"StaffUser"> {
  return {
    id: "0193a5c8-0000-7000-8000-0000000a0009",
    username: "zhao.installer",
    localName: "installer",
    email: "zhao@north.test",
    firstName: "师傅",
    lastName: "赵",
    roles: ["installer"],
    enabled: true,
    createdAt: "2026-01-01T00:00:00+08:00",
    version: 0,
    ...overrides,
  };
}

export function customerContact(overrides: Partial<Schema<"CustomerContact">> = {}): Schema<"CustomerContact"> {
  return {
    id: "0193a5c8-0000-7000-8000-0000000c2001",
    name: "李强",
    phone: "139 8765 4321",
    role: "采购经理",
    version: 0,
    ...overrides,
  };
}

export function customerSite(overrides: Partial<Schema<"CustomerSite">> = {}): Schema<"CustomerSite"> {
  return {
    id: "0193a5c8-0000-7000-8000-0000000c5001",
    label: "家",
    address: "浙江省杭州市西湖区文三路 100 号",
    version: 0,
    ...overrides,
  };
}

export function customer(overrides: Partial<Schema<"Customer">> = {}): Schema<"Customer"> {
  return {
    id: "0193a5c8-0000-7000-8000-0000000c0001",
    kind: "PERSON",
    name: "王芳",
    phone: "138-1234-5678",
    contacts: [],
    sites: [customerSite()],
    createdAt: "2026-01-10T09:00:00+08:00",
    updatedAt: "2026-01-10T09:00:00+08:00",
    version: 0,
    ...overrides,
  };
}

/** The list form of a customer: what the search answers. */
export function customerSummary(overrides: Partial<Schema<"CustomerSummary">> = {}): Schema<"CustomerSummary"> {
  return {
    id: "0193a5c8-0000-7000-8000-0000000c0001",
    kind: "PERSON",
    name: "王芳",
    phone: "138-1234-5678",
    createdAt: "2026-01-10T09:00:00+08:00",
    version: 0,
    ...overrides,
  };
}

export function asset(overrides: Partial<Schema<"Asset">> = {}): Schema<"Asset"> {
  return {
    id: "0193a5c8-0000-7000-8000-0000000a5001",
    customerId: "0193a5c8-0000-7000-8000-0000000c0001",
    customerName: "王芳",
    productId: "0193a5c8-0000-7000-8000-0000000f0001",
    productCode: "GPS-T100",
    productName: "车载定位终端 T100",
    serialNumber: "T100-2026-000123",
    vehiclePlate: "浙A12345",
    installDate: "2026-03-05",
    warrantyEnd: "2028-03-04",
    underWarranty: true,
    createdAt: "2026-03-05T10:00:00+08:00",
    updatedAt: "2026-03-05T10:00:00+08:00",
    version: 0,
    ...overrides,
  };
}

export function catalogItem(overrides: Partial<Schema<"CatalogItem">> = {}): Schema<"CatalogItem"> {
  return {
    id: "0193a5c8-0000-7000-8000-0000000f0001",
    kind: "PRODUCT",
    code: "GPS-T100",
    name: "车载定位终端 T100",
    unit: "台",
    price: "1280.00",
    createdAt: "2026-01-01T00:00:00+08:00",
    updatedAt: "2026-01-01T00:00:00+08:00",
    version: 0,
    ...overrides,
  };
}

export function servicePoint(overrides: Partial<Schema<"ServicePoint">> = {}): Schema<"ServicePoint"> {
  return {
    id: "0193a5c8-0000-7000-8000-0000000d5001",
    kind: "BRANCH",
    name: "杭州西湖服务网点",
    address: "浙江省杭州市西湖区文三路 100 号",
    createdAt: "2026-01-01T00:00:00+08:00",
    updatedAt: "2026-01-01T00:00:00+08:00",
    version: 0,
    ...overrides,
  };
}

export function serviceRequest(overrides: Partial<Schema<"ServiceRequest">> = {}): Schema<"ServiceRequest"> {
  return {
    id: "0193a5c8-0000-7000-8000-0000000e5001",
    number: "SR-000042",
    channel: "PHONE",
    customerId: "0193a5c8-0000-7000-8000-0000000c0001",
    customerName: "王芳",
    category: "INSTALLATION",
    description: "新买的空调要安装",
    status: "OPEN",
    registeredAt: "2026-03-01T09:12:00+08:00",
    registeredBy: "zhou.dispatcher",
    version: 0,
    ...overrides,
  };
}

export function importJob(overrides: Partial<Schema<"ImportJob">> = {}): Schema<"ImportJob"> {
  return {
    id: "0193a5c8-0000-7000-8000-0000000f9001",
    kind: "CUSTOMERS",
    status: "QUEUED",
    totalRows: 3,
    processedRows: 0,
    createdRows: 0,
    failedRows: 0,
    createdAt: "2026-03-01T09:00:00+08:00",
    createdBy: "wang.manager",
    ...overrides,
  };
}

export function attachment(overrides: Partial<Schema<"Attachment">> = {}): Schema<"Attachment"> {
  return {
    id: "0193a5c8-0000-7000-8000-0000000f0001",
    ownerType: "WORK_ORDER",
    ownerId: "0193a5c8-0000-7000-8000-0000000b0001",
    kind: "PHOTO",
    contentType: "image/jpeg",
    fileName: "outdoor-unit.jpg",
    sizeBytes: 245_000,
    sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    createdAt: "2026-03-05T10:12:00+08:00",
    createdBy: "li.installer",
    ...overrides,
  };
}

/** An on-site promise registered at 09:00, due three working days later, still running. */
export function servicePromise(overrides: Partial<Schema<"Promise">> = {}): Schema<"Promise"> {
  return {
    kind: "ON_SITE",
    status: "ON_TRACK",
    startedAt: "2026-03-02T09:00:00+08:00",
    dueAt: "2026-03-05T09:00:00+08:00",
    atRiskAt: "2026-03-04T16:12:00+08:00",
    ...overrides,
  };
}

export function followUp(overrides: Partial<Schema<"FollowUp">> = {}): Schema<"FollowUp"> {
  return {
    id: "0193a5c8-0000-7000-8000-0000000f7001",
    number: "FU-000042",
    kind: "AFTER_SERVICE",
    status: "OPEN",
    workOrderId: "0193a5c8-0000-7000-8000-0000000b0001",
    workOrderNumber: "WO-000042",
    customerId: "0193a5c8-0000-7000-8000-0000000c0001",
    customerName: "王芳",
    customerPhone: "138-1234-5678",
    dueAt: "2026-03-06T10:00:00+08:00",
    nextAttemptAt: "2026-03-06T10:00:00+08:00",
    attempts: 0,
    attemptLog: [],
    promise: servicePromise({
      kind: "FOLLOW_UP",
      startedAt: "2026-03-05T10:00:00+08:00",
      dueAt: "2026-03-06T10:00:00+08:00",
      atRiskAt: "2026-03-06T05:12:00+08:00",
    }),
    createdAt: "2026-03-05T10:00:00+08:00",
    version: 0,
    ...overrides,
  };
}

export function objection(overrides: Partial<Schema<"Objection">> = {}): Schema<"Objection"> {
  return {
    id: "0193a5c8-0000-7000-8000-0000000f8001",
    number: "OB-000042",
    source: "CUSTOMER_CONTACT",
    status: "OPEN",
    customerId: "0193a5c8-0000-7000-8000-0000000c0001",
    customerName: "王芳",
    customerPhone: "138-1234-5678",
    description: "空调安装后外机噪音大，要求重新安装",
    escalated: false,
    promise: servicePromise({
      kind: "OBJECTION_COMMITMENT",
      startedAt: "2026-03-05T10:00:00+08:00",
      dueAt: "2026-03-06T10:00:00+08:00",
      atRiskAt: "2026-03-06T05:12:00+08:00",
    }),
    createdAt: "2026-03-05T10:00:00+08:00",
    createdBy: "zhou.dispatcher",
    version: 0,
    ...overrides,
  };
}

export function promiseWatchItem(overrides: Partial<Schema<"PromiseWatchItem">> = {}): Schema<"PromiseWatchItem"> {
  return {
    subjectType: "WORK_ORDER",
    subjectId: "0193a5c8-0000-7000-8000-0000000b0001",
    subjectNumber: "WO-000042",
    customerName: "王芳",
    promise: servicePromise({ status: "AT_RISK" }),
    ...overrides,
  };
}

export function promiseBreach(overrides: Partial<Schema<"PromiseBreach">> = {}): Schema<"PromiseBreach"> {
  return {
    id: "0193a5c8-0000-7000-8000-0000000f9a01",
    subjectType: "OBJECTION",
    subjectId: "0193a5c8-0000-7000-8000-0000000f8001",
    subjectNumber: "OB-000042",
    promiseKind: "OBJECTION_COMMITMENT",
    dueAt: "2026-03-06T10:00:00+08:00",
    breachedAt: "2026-03-06T10:01:00+08:00",
    ...overrides,
  };
}

/** Tomorrow-ish slots of two days in Asia/Shanghai, written in UTC as the server sends them. */
export function bookingOptions(overrides: Partial<Schema<"BookingOptions">> = {}): Schema<"BookingOptions"> {
  return {
    tenantName: "北区店",
    timeZone: "Asia/Shanghai",
    locale: "zh-CN",
    services: ["INSTALLATION", "FAULT"],
    products: [{ id: "0193a5c8-0000-7000-8000-0000000f0001", name: "壁挂空调 KF-35" }],
    slots: [
      { start: "2026-03-05T01:00:00Z", end: "2026-03-05T03:00:00Z", free: 2 },
      { start: "2026-03-05T06:00:00Z", end: "2026-03-05T08:00:00Z", free: 1 },
      { start: "2026-03-06T01:00:00Z", end: "2026-03-06T03:00:00Z", free: 2 },
    ],
    changeCutoffHours: 24,
    ...overrides,
  };
}

/** A booking as its tracking page shows it: scheduled, nothing the customer may do yet. */
export function bookingStatus(overrides: Partial<Schema<"BookingStatus">> = {}): Schema<"BookingStatus"> {
  return {
    number: "SR-000042",
    tenantName: "北区店",
    tenantSlug: "north",
    stage: "SCHEDULED",
    service: "INSTALLATION",
    problem: "新买的空调要安装\n壁挂空调 KF-35 (S/N KF35-0001)",
    preferredSlot: { start: "2026-03-05T01:00:00Z", end: "2026-03-05T03:00:00Z" },
    appointment: { start: "2026-03-05T01:00:00Z", end: "2026-03-05T03:00:00Z" },
    installerName: "李师傅",
    canConfirm: false,
    canReschedule: false,
    canCancel: false,
    canSignOff: false,
    ...overrides,
  };
}

export function complaint(overrides: Partial<Schema<"Complaint">> = {}): Schema<"Complaint"> {
  return {
    id: "0193a5c8-0000-7000-8000-0000000fc001",
    number: "CP-000042",
    channel: "PHONE",
    category: "QUARREL_WITH_CUSTOMER",
    status: "OPEN",
    description: "师傅上门时与客户发生争吵",
    verified: false,
    workOrderId: "0193a5c8-0000-7000-8000-0000000b0001",
    workOrderNumber: "WO-000042",
    installerId: "0193a5c8-0000-7000-8000-0000000a0001",
    installerName: "李师傅",
    customerId: "0193a5c8-0000-7000-8000-0000000c0001",
    customerName: "王芳",
    complainantName: "王芳",
    complainantPhone: "138-1234-5678",
    promise: servicePromise({
      kind: "COMPLAINT_ANSWER",
      startedAt: "2026-03-05T10:00:00+08:00",
      dueAt: "2026-03-06T10:00:00+08:00",
      atRiskAt: "2026-03-06T05:12:00+08:00",
    }),
    receivedAt: "2026-03-05T10:00:00+08:00",
    createdBy: "zhou.dispatcher",
    version: 0,
    ...overrides,
  };
}

export function disciplineEntry(overrides: Partial<Schema<"DisciplineEntry">> = {}): Schema<"DisciplineEntry"> {
  return {
    id: "0193a5c8-0000-7000-8000-0000000de001",
    number: "DE-000042",
    installerId: "0193a5c8-0000-7000-8000-0000000a0001",
    installerName: "李师傅",
    kind: "FINE",
    amount: "50.00",
    rule: "LATE_ARRIVAL",
    sourceType: "WORK_ORDER",
    sourceId: "0193a5c8-0000-7000-8000-0000000b0001",
    sourceNumber: "WO-000042",
    description: "迟到 45 分钟",
    occurredOn: "2026-03-05",
    payMonth: "2026-03",
    status: "PROPOSED",
    createdAt: "2026-03-05T09:45:00+08:00",
    createdBy: "system",
    version: 0,
    ...overrides,
  };
}

export function payrollRow(overrides: Partial<Schema<"PayrollRow">> = {}): Schema<"PayrollRow"> {
  return {
    personId: "0193a5c8-0000-7000-8000-0000000a0001",
    name: "李师傅",
    baseSalary: "4500.00",
    allowances: "90.00",
    rewards: "10.00",
    fines: "50.00",
    costCharges: "0.00",
    adjustments: "0.00",
    netPay: "4550.00",
    reimbursements: "120.00",
    ...overrides,
  };
}

export function payrollSheet(overrides: Partial<Schema<"PayrollSheet">> = {}): Schema<"PayrollSheet"> {
  const row = payrollRow();
  return {
    month: "2026-03",
    locked: false,
    rows: [row],
    totals: { ...row, personId: undefined, name: "合计" },
    ...overrides,
  };
}
