import { isBlank, isPhone } from "@/lib/validation";
import type {
  CloseComplaintRequest,
  Complaint,
  ComplaintCategory,
  ComplaintChannel,
  ComplaintStatus,
  ComplaintStepRequest,
  CreateComplaintRequest,
} from "../api/complaints";

export const COMPLAINT_STATUSES = [
  "OPEN",
  "INVESTIGATING",
  "VERIFIED",
  "REJECTED",
  "CLOSED",
] as const satisfies readonly ComplaintStatus[];
export const COMPLAINT_CHANNELS = ["PHONE", "LETTER", "VISIT", "WEB"] as const satisfies readonly ComplaintChannel[];
export const COMPLAINT_CATEGORIES = [
  "QUARREL_WITH_CUSTOMER",
  "ASKING_FOR_MONEY_OR_GIFTS",
  "NOT_SERVING_ON_TIME",
  "REWORK",
  "ATTITUDE",
  "OTHER",
] as const satisfies readonly ComplaintCategory[];

/** Categories whose verification gives the installer the tenant's verified-complaint consequence (记大过 by default). */
export const CATEGORIES_WITH_CONSEQUENCE: readonly ComplaintCategory[] = [
  "QUARREL_WITH_CUSTOMER",
  "ASKING_FOR_MONEY_OR_GIFTS",
  "NOT_SERVING_ON_TIME",
];

/** A message key: "required" and "phone" under "validation", the others under "complaints.errors". */
export type ComplaintProblem = "required" | "phone" | "uuid" | "aboutRequired";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A complaint as it came in by phone, letter, visit or the web. */
export interface CreateComplaintForm {
  channel: ComplaintChannel | "";
  category: ComplaintCategory | "";
  /** The work order it is about, as its id (copied from the order's page), or "". */
  workOrderId: string;
  /** The installer complained about, or "" (then the order's lead installer). */
  installerId: string;
  complainantName: string;
  complainantPhone: string;
  description: string;
}

export function emptyCreateComplaintForm(prefill: Partial<CreateComplaintForm> = {}): CreateComplaintForm {
  return {
    channel: "PHONE",
    category: "",
    workOrderId: "",
    installerId: "",
    complainantName: "",
    complainantPhone: "",
    description: "",
    ...prefill,
  };
}

export function validateCreateComplaint(form: CreateComplaintForm): Record<string, ComplaintProblem> {
  const problems: Record<string, ComplaintProblem> = {};
  if (form.channel === "") problems.channel = "required";
  if (form.category === "") problems.category = "required";
  if (!isBlank(form.workOrderId) && !UUID.test(form.workOrderId.trim())) problems.workOrderId = "uuid";
  // The server needs someone to hold responsible: the order's lead installer or the one named.
  if (isBlank(form.workOrderId) && isBlank(form.installerId)) problems.installerId = "aboutRequired";
  if (!isBlank(form.complainantPhone) && !isPhone(form.complainantPhone)) problems.complainantPhone = "phone";
  if (isBlank(form.description)) problems.description = "required";
  return problems;
}

export function toCreateComplaint(form: CreateComplaintForm): CreateComplaintRequest {
  if (form.channel === "" || form.category === "") throw new Error("validate the complaint before sending it");
  return {
    channel: form.channel,
    category: form.category,
    ...(isBlank(form.workOrderId) ? {} : { workOrderId: form.workOrderId.trim().toLowerCase() }),
    ...(isBlank(form.installerId) ? {} : { installerId: form.installerId }),
    ...(isBlank(form.complainantName) ? {} : { complainantName: form.complainantName.trim() }),
    ...(isBlank(form.complainantPhone) ? {} : { complainantPhone: form.complainantPhone.trim() }),
    description: form.description.trim(),
  };
}

export type ComplaintStep = "investigation" | "verification" | "rejection" | "closing";

/** The steps the complaint allows the person: the office starts an investigation; only a manager decides and closes. */
export function nextSteps(complaint: Pick<Complaint, "status">, isManager: boolean): ComplaintStep[] {
  switch (complaint.status) {
    case "OPEN":
      return isManager ? ["investigation", "verification", "rejection"] : ["investigation"];
    case "INVESTIGATING":
      return isManager ? ["verification", "rejection"] : [];
    case "VERIFIED":
    case "REJECTED":
      return isManager ? ["closing"] : [];
    case "CLOSED":
      return [];
  }
}

/** A step's note and, when given now, the answer to the customer. */
export interface StepForm {
  note: string;
  customerAnswer: string;
}

export function emptyStepForm(): StepForm {
  return { note: "", customerAnswer: "" };
}

/** A rejection must say why; the other steps take an optional note. */
export function validateStep(
  step: Exclude<ComplaintStep, "closing">,
  form: StepForm,
): Record<string, ComplaintProblem> {
  return step === "rejection" && isBlank(form.note) ? { note: "required" } : {};
}

export function toStep(form: StepForm, version: number): ComplaintStepRequest {
  return {
    version,
    ...(isBlank(form.note) ? {} : { note: form.note.trim() }),
    ...(isBlank(form.customerAnswer) ? {} : { customerAnswer: form.customerAnswer.trim() }),
  };
}

/** Closing: the remedial action taken, and the customer's answer unless it was given before. */
export interface ClosingForm {
  remedialAction: string;
  customerAnswer: string;
}

export function validateClosing(
  form: ClosingForm,
  complaint: Pick<Complaint, "customerAnswer">,
): Record<string, ComplaintProblem> {
  const problems: Record<string, ComplaintProblem> = {};
  if (isBlank(form.remedialAction)) problems.remedialAction = "required";
  if (!complaint.customerAnswer && isBlank(form.customerAnswer)) problems.customerAnswer = "required";
  return problems;
}

export function toClosing(form: ClosingForm, version: number): CloseComplaintRequest {
  return {
    version,
    remedialAction: form.remedialAction.trim(),
    ...(isBlank(form.customerAnswer) ? {} : { customerAnswer: form.customerAnswer.trim() }),
  };
}
