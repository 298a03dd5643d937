import type { Schema } from "@/lib/api/schema-types";

export type TenantSettings = Schema<"TenantSettings">;
export type Consequence = Schema<"Consequence">;
/** Settings grouped in sections; the map link is one top-level text (see MAP_URL_TEMPLATE). */
export type SettingsSection = Exclude<keyof TenantSettings, "version" | "mapUrlTemplate">;
/** The form path of the tenant's map link template (`{address}`, `{lat}`, `{lng}` are replaced). */
export const MAP_URL_TEMPLATE = "mapUrlTemplate";
type SectionOf<S extends SettingsSection> = NonNullable<TenantSettings[S]>;

export const CONSEQUENCES = [
  "FINE",
  "WARNING",
  "DEMERIT",
  "MAJOR_DEMERIT",
  "COST_CHARGE",
] as const satisfies readonly Consequence[];

export type Unit =
  | "minutes"
  | "days"
  | "workingDays"
  | "hours"
  | "workingHours"
  | "months"
  | "megabytes"
  | "times"
  | "timesPerWeek"
  | "unitsPerDay"
  | "percent"
  | "score"
  | "mealsPerDay"
  | "kmPerHour"
  | "seconds"
  | "copies";

export interface IntegerField {
  kind: "integer";
  unit: Unit;
  min: number;
  max?: number;
}
/** Decimal amount in the tenant's currency, sent as a string with two decimals ("50.00"). */
export interface MoneyField {
  kind: "money";
}
/** Decimal percentage sent as the string the manager typed ("5", "2.5"). */
export interface PercentField {
  kind: "percent";
}
export interface TimeField {
  kind: "time";
}
export interface ConsequenceField {
  kind: "consequence";
}
/** An e-mail address, or empty for none. */
export interface EmailField {
  kind: "email";
}
/** On or off. */
export interface SwitchField {
  kind: "switch";
}
/** Free text of several lines, possibly empty. */
export interface TextField {
  kind: "text";
  maxLength: number;
}
/** A list of published fees: what, how much, per what. */
export interface FeesField {
  kind: "fees";
  maxItems: number;
}
export type FieldSpec =
  | IntegerField
  | MoneyField
  | PercentField
  | TimeField
  | ConsequenceField
  | EmailField
  | SwitchField
  | TextField
  | FeesField;

export type ConnectionFee = Schema<"ConnectionFee">;

// Which spec a schema property may have follows from its generated type.
type SpecFor<Value> = [NonNullable<Value>] extends [number]
  ? IntegerField
  : [NonNullable<Value>] extends [boolean]
    ? SwitchField
    : [NonNullable<Value>] extends [Consequence]
      ? ConsequenceField
      : [NonNullable<Value>] extends [string]
        ? MoneyField | PercentField | TimeField | EmailField | TextField
        : [NonNullable<Value>] extends [ConnectionFee[]]
          ? FeesField
          : never;

/**
 * Bounds mirror the API's minimum/maximum so most mistakes are caught before saving; the server checks again.
 *
 * Every property of every settings section, with how it is edited. The mapped type makes a property
 * added to the OpenAPI schema a type error here until the form covers it.
 */
export type SettingsFieldSpecs = {
  [S in SettingsSection]: { [F in keyof SectionOf<S>]-?: SpecFor<SectionOf<S>[F]> };
};

export const SETTINGS_FIELDS: SettingsFieldSpecs = {
  dispatch: {
    lateGraceMinutes: { kind: "integer", unit: "minutes", min: 0, max: 240 },
    reworkWindowDays: { kind: "integer", unit: "days", min: 1, max: 365 },
    attachmentMaxMegabytes: { kind: "integer", unit: "megabytes", min: 1, max: 10 },
    roadDistancePercent: { kind: "integer", unit: "percent", min: 100, max: 300 },
    travelSpeedKmh: { kind: "integer", unit: "kmPerHour", min: 5, max: 120 },
    optimiseSeconds: { kind: "integer", unit: "seconds", min: 1, max: 60 },
  },
  phoneDuty: {
    start: { kind: "time" },
    end: { kind: "time" },
  },
  discipline: {
    lateArrivalFine: { kind: "money" },
    leftSiteWithoutReportInFine: { kind: "money" },
    incompleteServiceReportFine: { kind: "money" },
    phoneUnreachableFine: { kind: "money" },
    dispatchDisobedienceFine: { kind: "money" },
    customerPraiseReward: { kind: "money" },
    otherBreachFineMin: { kind: "money" },
    otherBreachFineMax: { kind: "money" },
    verifiedComplaintConsequence: { kind: "consequence" },
    firstReworkConsequence: { kind: "consequence" },
    repeatReworkConsequence: { kind: "consequence" },
    reportInMinutes: { kind: "integer", unit: "minutes", min: 5, max: 1440 },
    praiseRatingAtLeast: { kind: "integer", unit: "score", min: 1, max: 5 },
  },
  allowances: {
    lodgingCapPerDay: { kind: "money" },
    mealAllowancePerMeal: { kind: "money" },
    secondmentChargePerDay: { kind: "money" },
    mealsPerDay: { kind: "integer", unit: "mealsPerDay", min: 0, max: 6 },
  },
  promises: {
    onSiteWorkingDays: { kind: "integer", unit: "workingDays", min: 1, max: 60 },
    installationFollowUpHours: { kind: "integer", unit: "hours", min: 1, max: 720 },
    objectionCommitmentHours: { kind: "integer", unit: "hours", min: 1, max: 720 },
    followUpVisitCommitmentHours: { kind: "integer", unit: "hours", min: 1, max: 720 },
    recentInstallationMonths: { kind: "integer", unit: "months", min: 1, max: 24 },
    recentInstallationContacts: { kind: "integer", unit: "times", min: 0, max: 10 },
    randomChecksPerWeek: { kind: "integer", unit: "timesPerWeek", min: 0, max: 14 },
    atRiskPercent: { kind: "integer", unit: "percent", min: 1, max: 99 },
    followUpRetryHours: { kind: "integer", unit: "workingHours", min: 1, max: 168 },
    followUpMaxAttempts: { kind: "integer", unit: "times", min: 1, max: 10 },
    poorAnswerAtMost: { kind: "integer", unit: "score", min: 1, max: 4 },
  },
  partners: {
    minimumUnitsPerDay: { kind: "integer", unit: "unitsPerDay", min: 0, max: 10000 },
    delayDeductionPercentPerDay: { kind: "percent" },
    complaintDeductionPercent: { kind: "percent" },
  },
  connection: {
    enabled: { kind: "switch" },
    workingDays: { kind: "switch" },
    residentialPlanDays: { kind: "integer", unit: "days", min: 1, max: 365 },
    lowVoltagePlanDays: { kind: "integer", unit: "days", min: 1, max: 365 },
    highVoltageSingleSourcePlanMonths: { kind: "integer", unit: "months", min: 1, max: 24 },
    highVoltageDualSourcePlanMonths: { kind: "integer", unit: "months", min: 1, max: 24 },
    highVoltagePlanValidityMonths: { kind: "integer", unit: "months", min: 1, max: 60 },
    lowVoltagePlanValidityMonths: { kind: "integer", unit: "months", min: 1, max: 60 },
    extensionNoticeDays: { kind: "integer", unit: "days", min: 1, max: 90 },
    highVoltageDesignReviewMonths: { kind: "integer", unit: "months", min: 1, max: 24 },
    lowVoltageDesignReviewDays: { kind: "integer", unit: "days", min: 1, max: 365 },
    planObjectionMonths: { kind: "integer", unit: "months", min: 1, max: 12 },
    planExpiryWarningDays: { kind: "integer", unit: "days", min: 1, max: 180 },
    designCopies: { kind: "integer", unit: "copies", min: 1, max: 10 },
    fees: { kind: "fees", maxItems: 30 },
    procedureNote: { kind: "text", maxLength: 2000 },
  },
  booking: {
    daysAhead: { kind: "integer", unit: "days", min: 1, max: 90 },
    slotMinutes: { kind: "integer", unit: "minutes", min: 30, max: 480 },
    changeCutoffHours: { kind: "integer", unit: "hours", min: 0, max: 168 },
  },
  earlyWarning: {
    monthlyAtLeast: { kind: "integer", unit: "times", min: 2, max: 1000 },
    quarterlyAtLeast: { kind: "integer", unit: "times", min: 2, max: 1000 },
    consecutiveMonths: { kind: "integer", unit: "months", min: 2, max: 24 },
    engineeringContactEmail: { kind: "email" },
    trainingContactEmail: { kind: "email" },
  },
};

export interface SettingsField {
  section: SettingsSection;
  name: string;
  /** The field's JSON path in the request body, as the server names it in problem errors. */
  path: string;
  spec: FieldSpec;
}

export function settingsSections(): SettingsSection[] {
  return Object.keys(SETTINGS_FIELDS) as SettingsSection[];
}

export function fieldsOf(section: SettingsSection): SettingsField[] {
  const specs = SETTINGS_FIELDS[section] as Record<string, FieldSpec>;
  return Object.entries(specs).map(([name, spec]) => ({ section, name, path: `${section}.${name}`, spec }));
}

export function allSettingsFields(): SettingsField[] {
  return settingsSections().flatMap(fieldsOf);
}

/** One fee as its row of the fee list holds it. */
export interface FeeRow {
  item: string;
  amount: string;
  per?: string;
}
/** A control's value: text for most, on/off for a switch, rows for the fee list. */
export type SettingsFormValue = string | boolean | FeeRow[];
/** Form state: every editable value as its control holds it, keyed by JSON path. */
export type SettingsFormValues = Record<string, SettingsFormValue>;

function toFormValue(spec: FieldSpec, value: unknown): SettingsFormValue {
  if (spec.kind === "switch") return value === true;
  if (spec.kind === "fees")
    return Array.isArray(value)
      ? (value as ConnectionFee[]).map((fee) => ({ item: fee.item, amount: fee.amount, per: fee.per ?? "" }))
      : [];
  return value === undefined || value === null ? "" : String(value);
}

export function toFormValues(settings: TenantSettings): SettingsFormValues {
  const values: SettingsFormValues = {};
  for (const field of allSettingsFields()) {
    const section = settings[field.section] as Record<string, unknown> | undefined;
    values[field.path] = toFormValue(field.spec, section?.[field.name]);
  }
  values[MAP_URL_TEMPLATE] = settings.mapUrlTemplate ?? "";
  return values;
}

// Same limits as the API's patterns: money up to 9,999,999.99, percentages up to 100.00.
const INTEGER = /^\d+$/;
const MONEY = /^\d{1,7}(\.\d{1,2})?$/;
const PERCENT = /^\d{1,3}(\.\d{1,2})?$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
// Same as the API's pattern: something@domain.tld, no spaces.
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** A validation message as an i18n key under "validation" with its interpolation values. */
export interface FieldProblem {
  key:
    | "required"
    | "integer"
    | "min"
    | "max"
    | "money"
    | "decimal"
    | "percentMax"
    | "time"
    | "minAboveMax"
    | "emailOrEmpty"
    | "maxLength"
    | "feeRow"
    | "maxItems";
  values?: Record<string, number>;
}

function checkFees(spec: FeesField, raw: SettingsFormValue): FieldProblem | null {
  const rows = Array.isArray(raw) ? raw : [];
  if (rows.length > spec.maxItems) return { key: "maxItems", values: { max: spec.maxItems } };
  const complete = rows.every((row) => (row.item ?? "").trim() !== "" && MONEY.test((row.amount ?? "").trim()));
  return complete ? null : { key: "feeRow" };
}

function checkField(spec: FieldSpec, raw: SettingsFormValue): FieldProblem | null {
  if (spec.kind === "switch") return null;
  if (spec.kind === "fees") return checkFees(spec, raw);
  const text = typeof raw === "string" ? raw.trim() : "";
  if (spec.kind === "text")
    return text.length > spec.maxLength ? { key: "maxLength", values: { max: spec.maxLength } } : null;
  if (spec.kind === "email") return text === "" || EMAIL.test(text) ? null : { key: "emailOrEmpty" };
  if (text === "") return { key: "required" };
  switch (spec.kind) {
    case "integer": {
      if (!INTEGER.test(text)) return { key: "integer" };
      const value = Number(text);
      if (value < spec.min) return { key: "min", values: { min: spec.min } };
      if (spec.max !== undefined && value > spec.max) return { key: "max", values: { max: spec.max } };
      return null;
    }
    case "money":
      return MONEY.test(text) ? null : { key: "money" };
    case "percent":
      if (!PERCENT.test(text)) return { key: "decimal" };
      return Number(text) > 100 ? { key: "percentMax" } : null;
    case "time":
      return TIME.test(text) ? null : { key: "time" };
    case "consequence":
      return (CONSEQUENCES as readonly string[]).includes(text) ? null : { key: "required" };
  }
}

/** Client-side checks before saving; the server validates again and its messages win. */
export function validateSettings(values: SettingsFormValues): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  for (const field of allSettingsFields()) {
    const problem = checkField(field.spec, values[field.path] ?? "");
    if (problem) problems[field.path] = problem;
  }
  if (String(values[MAP_URL_TEMPLATE] ?? "").trim() === "") problems[MAP_URL_TEMPLATE] = { key: "required" };
  const min = values["discipline.otherBreachFineMin"];
  const max = values["discipline.otherBreachFineMax"];
  if (
    !problems["discipline.otherBreachFineMin"] &&
    !problems["discipline.otherBreachFineMax"] &&
    min !== undefined &&
    max !== undefined &&
    Number(min) > Number(max)
  ) {
    problems["discipline.otherBreachFineMax"] = { key: "minAboveMax" };
  }
  return problems;
}

/** "50" → "50.00", "7.5" → "7.50": money keeps two decimals without passing through floating point. */
export function normalizeMoney(text: string): string {
  const [whole = "0", fraction = ""] = text.trim().split(".");
  const digits = whole.replace(/^0+(?=\d)/, "");
  return `${digits}.${fraction.padEnd(2, "0").slice(0, 2)}`;
}

function toWireValue(spec: FieldSpec, raw: SettingsFormValue): string | number | boolean | ConnectionFee[] {
  if (spec.kind === "switch") return raw === true;
  if (spec.kind === "fees")
    return (Array.isArray(raw) ? raw : []).map((row) => {
      const per = (row.per ?? "").trim();
      return { item: row.item.trim(), amount: normalizeMoney(row.amount), ...(per ? { per } : {}) };
    });
  const text = typeof raw === "string" ? raw.trim() : "";
  switch (spec.kind) {
    case "integer":
      return Number(text);
    case "money":
      return normalizeMoney(text);
    default:
      return text;
  }
}

/** The request body of PUT /api/v1/settings for valid form values. */
export function toTenantSettings(values: SettingsFormValues, version: number): TenantSettings {
  const body: Record<string, unknown> = { version };
  for (const section of settingsSections()) {
    const sectionBody: Record<string, ReturnType<typeof toWireValue>> = {};
    for (const field of fieldsOf(section)) {
      sectionBody[field.name] = toWireValue(field.spec, values[field.path] ?? "");
    }
    body[section] = sectionBody;
  }
  body[MAP_URL_TEMPLATE] = String(values[MAP_URL_TEMPLATE] ?? "").trim();
  // The loop above writes exactly the properties SETTINGS_FIELDS declares, which mirror the schema.
  return body as TenantSettings;
}
