import type {
  ConnectionAction,
  ConnectionApplication,
  ConnectionKind,
  ConnectionStatus,
  ConstructionRequest,
  CreateConnectionApplicationRequest,
  DesignDocument,
  DesignSubmissionRequest,
  InspectionChecklistItem,
  SupplyClass,
} from "../api/connection-applications";
import type { Schema } from "@/lib/api/schema-types";

export const CONNECTION_STATUSES = [
  "APPLIED",
  "PLAN_NOTIFIED",
  "DESIGN_REVIEW",
  "DESIGN_CHANGES_REQUIRED",
  "DESIGN_APPROVED",
  "CONSTRUCTION",
  "ACCEPTED",
  "CONNECTED",
  "CANCELLED",
] as const satisfies readonly ConnectionStatus[];

export const SUPPLY_CLASSES = [
  "RESIDENTIAL",
  "LOW_VOLTAGE",
  "HIGH_VOLTAGE_SINGLE",
  "HIGH_VOLTAGE_DUAL",
] as const satisfies readonly SupplyClass[];

export const CONNECTION_KINDS = [
  "NEW_CONNECTION",
  "CAPACITY_INCREASE",
  "CHANGE_OF_USE",
] as const satisfies readonly ConnectionKind[];

export const STATUS_COLOUR: Record<ConnectionStatus, string> = {
  APPLIED: "default",
  PLAN_NOTIFIED: "blue",
  DESIGN_REVIEW: "processing",
  DESIGN_CHANGES_REQUIRED: "warning",
  DESIGN_APPROVED: "cyan",
  CONSTRUCTION: "geekblue",
  ACCEPTED: "purple",
  CONNECTED: "success",
  CANCELLED: "error",
};

/** The procedure's steps as the Steps bar shows them. */
export const PROCEDURE_STEPS = ["applied", "plan", "designReview", "construction", "inspection", "connected"] as const;
export type ProcedureStep = (typeof PROCEDURE_STEPS)[number];

export interface StepsState {
  /** Index of the step the application is at. */
  current: number;
  status: "process" | "finish" | "error" | "wait";
}

/**
 * Where an application stands in the procedure. Construction and inspection share one state (CONSTRUCTION):
 * once an inspection is recorded the application is at the inspection step. A cancelled one stops in red at
 * the step it had reached.
 */
export function stepsOf(
  application: Pick<ConnectionApplication, "status" | "inspections" | "plan" | "designs" | "construction">,
): StepsState {
  switch (application.status) {
    case "APPLIED":
      return { current: 0, status: "process" };
    case "PLAN_NOTIFIED":
      return { current: 1, status: "process" };
    case "DESIGN_REVIEW":
    case "DESIGN_CHANGES_REQUIRED":
      return { current: 2, status: application.status === "DESIGN_CHANGES_REQUIRED" ? "error" : "process" };
    case "DESIGN_APPROVED":
      return { current: 3, status: "process" };
    case "CONSTRUCTION":
      return { current: application.inspections.length > 0 ? 4 : 3, status: "process" };
    case "ACCEPTED":
      return { current: 5, status: "process" };
    case "CONNECTED":
      return { current: 5, status: "finish" };
    case "CANCELLED": {
      const reached = application.construction ? 3 : application.designs.length > 0 ? 2 : application.plan ? 1 : 0;
      return { current: reached, status: "error" };
    }
  }
}

/** The buttons of the detail page in order: the primary step first, cancelling last. */
export const ACTION_ORDER = [
  "NOTIFY_PLAN",
  "SUBMIT_DESIGN",
  "REVIEW_DESIGN",
  "START_CONSTRUCTION",
  "RECORD_MATERIAL",
  "INSPECT_INTERMEDIATE",
  "INSPECT_COMPLETION",
  "CONNECT",
  "EXPLAIN_DELAY",
  "OBJECT_TO_PLAN",
  "EXTEND_PLAN",
  "CANCEL",
] as const satisfies readonly ConnectionAction[];

export function orderedActions(allowed: readonly ConnectionAction[]): ConnectionAction[] {
  return ACTION_ORDER.filter((action) => allowed.includes(action));
}

// ---- New application ----

export interface CreateApplicationForm {
  customerId: string;
  kind: ConnectionKind;
  supplyClass: SupplyClass;
  capacityKva: number | null;
  /** "site": one of the customer's sites; "address": written out. */
  where: "site" | "address";
  siteId: string;
  siteAddress: string;
  description: string;
}

export function emptyCreateApplicationForm(prefill: Partial<CreateApplicationForm> = {}): CreateApplicationForm {
  return {
    customerId: "",
    kind: "NEW_CONNECTION",
    supplyClass: "LOW_VOLTAGE",
    capacityKva: null,
    where: "site",
    siteId: "",
    siteAddress: "",
    description: "",
    ...prefill,
  };
}

export type FormProblem = "required" | "min" | "max" | "decimal";

export function validateCreateApplication(form: CreateApplicationForm): Partial<Record<string, FormProblem>> {
  const problems: Partial<Record<string, FormProblem>> = {};
  if (!form.customerId) problems.customerId = "required";
  if (form.capacityKva === null || Number.isNaN(form.capacityKva)) problems.capacityKva = "required";
  else if (form.capacityKva < 0.1) problems.capacityKva = "min";
  else if (form.capacityKva > 1_000_000) problems.capacityKva = "max";
  if (form.where === "site" && !form.siteId) problems.siteId = "required";
  if (form.where === "address" && form.siteAddress.trim() === "") problems.siteAddress = "required";
  return problems;
}

export function toCreateApplication(form: CreateApplicationForm): CreateConnectionApplicationRequest {
  const description = form.description.trim();
  return {
    customerId: form.customerId,
    kind: form.kind,
    supplyClass: form.supplyClass,
    capacityKva: Math.round((form.capacityKva ?? 0) * 10) / 10,
    ...(form.where === "site" ? { siteId: form.siteId } : { siteAddress: form.siteAddress.trim() }),
    ...(description ? { description } : {}),
  };
}

// ---- Design submission ----

export interface DesignForm {
  copies: number;
  /** The documents handed in (all required ones checked at first). */
  included: DesignDocument[];
  /** A scan per document, by document. */
  scans: Partial<Record<DesignDocument, string>>;
}

export function emptyDesignForm(required: readonly DesignDocument[], copies: number): DesignForm {
  return { copies, included: [...required], scans: {} };
}

export function toDesignSubmission(form: DesignForm, version: number): DesignSubmissionRequest {
  return {
    version,
    copies: form.copies,
    documents: form.included.map((document) => {
      const attachmentId = form.scans[document];
      return attachmentId ? { document, attachmentId } : { document };
    }),
  };
}

// ---- Construction ----

export interface ConstructionForm {
  contractor: Schema<"ContractorKind">;
  partnerId: string;
  installerIds: string[];
  feesPaidOn: string;
  startedOn: string;
}

export function validateConstruction(form: ConstructionForm): Partial<Record<string, FormProblem>> {
  const problems: Partial<Record<string, FormProblem>> = {};
  if (form.contractor === "PARTNER" && !form.partnerId) problems.partnerId = "required";
  if (form.installerIds.length === 0) problems.installerIds = "required";
  if (!form.feesPaidOn) problems.feesPaidOn = "required";
  if (!form.startedOn) problems.startedOn = "required";
  return problems;
}

export function toConstruction(form: ConstructionForm, version: number): ConstructionRequest {
  return {
    version,
    contractor: form.contractor,
    ...(form.contractor === "PARTNER" ? { partnerId: form.partnerId } : {}),
    installerIds: form.installerIds,
    feesPaidOn: form.feesPaidOn,
    startedOn: form.startedOn,
  };
}

// ---- Inspections ----

export type InspectionStage = Schema<"ConnectionInspectionStage">;

/** The items an inspector usually checks at each stage, as i18n keys under connections.checklist. */
export const DEFAULT_CHECKLIST: Record<InspectionStage, readonly string[]> = {
  INTERMEDIATE: ["concealedWork", "wiringAsDesigned", "grounding"],
  COMPLETION: ["wiringAsDesigned", "protection", "metering", "grounding", "safetyMarks"],
};

export interface ChecklistRow {
  item: string;
  passed: boolean;
  finding?: string;
}

/** Rows whose item failed without a finding: their index. */
export function failedWithoutFinding(rows: readonly ChecklistRow[]): number[] {
  return rows.flatMap((row, index) => (!row.passed && !(row.finding ?? "").trim() ? [index] : []));
}

export function toChecklist(rows: readonly ChecklistRow[]): InspectionChecklistItem[] {
  return rows
    .filter((row) => row.item.trim() !== "")
    .map((row) => {
      const finding = (row.finding ?? "").trim();
      return { item: row.item.trim(), passed: row.passed, ...(!row.passed && finding ? { finding } : {}) };
    });
}

/** The action of an inspection button as the stage it records. */
export function stageOfAction(action: ConnectionAction): InspectionStage | null {
  if (action === "INSPECT_INTERMEDIATE") return "INTERMEDIATE";
  if (action === "INSPECT_COMPLETION") return "COMPLETION";
  return null;
}

/** The i18n key of a timeline step, or null for a step this version does not know. */
export const EVENT_KINDS = [
  "applied",
  "delay-explained",
  "plan-notified",
  "plan-objected",
  "plan-extended",
  "plan-expiry-warned",
  "plan-expired",
  "design-submitted",
  "design-reviewed",
  "construction-started",
  "material-recorded",
  "inspected",
  "connected",
  "cancelled",
  "work-order-created",
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export function eventKindOf(kind: string): EventKind | null {
  return EVENT_KINDS.find((known) => known === kind) ?? null;
}

/** A signed-in customer's own applications. */
export const MY_CONNECTIONS_PATH = "/my-connection-applications";

/** The public page of a company's connection procedure. */
export function procedurePath(tenantSlug: string): string {
  return `/book/${encodeURIComponent(tenantSlug)}/connection`;
}
