import type { Schema } from "@/lib/api/schema-types";

/** The defaults of a new tenant, as listed in CONVENTIONS.md. */
export function defaultSettings(version = 3): Schema<"TenantSettings"> {
  return {
    version,
    dispatch: { lateGraceMinutes: 15, reworkWindowDays: 30, attachmentMaxMegabytes: 10 },
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
    },
    allowances: { lodgingCapPerDay: "100.00", mealAllowancePerMeal: "15.00", secondmentChargePerDay: "100.00" },
    promises: {
      onSiteWorkingDays: 3,
      installationFollowUpHours: 24,
      objectionCommitmentHours: 24,
      followUpVisitCommitmentHours: 48,
      recentInstallationMonths: 3,
      recentInstallationContacts: 1,
      randomChecksPerWeek: 2,
      atRiskPercent: 80,
    },
    partners: { minimumUnitsPerDay: 20, delayDeductionPercentPerDay: "5", complaintDeductionPercent: "5" },
    connection: {
      residentialPlanDays: 5,
      lowVoltagePlanDays: 10,
      highVoltageSingleSourcePlanMonths: 1,
      highVoltageDualSourcePlanMonths: 2,
      highVoltagePlanValidityMonths: 12,
      lowVoltagePlanValidityMonths: 3,
      extensionNoticeDays: 10,
      highVoltageDesignReviewMonths: 1,
      lowVoltageDesignReviewDays: 10,
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
