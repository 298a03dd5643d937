import { isBlank } from "@/lib/validation";
import type {
  CreateObjectionRequest,
  CustomerInformedVia,
  Objection,
  ObjectionCommitmentRequest,
  ObjectionResolutionRequest,
  ObjectionSource,
  ObjectionStatus,
} from "../api/objections";

export const OBJECTION_STATUSES = ["OPEN", "COMMITTED", "RESOLVED"] as const satisfies readonly ObjectionStatus[];
export const OBJECTION_SOURCES = [
  "SIGN_OFF_REFUSED",
  "FOLLOW_UP",
  "CUSTOMER_CONTACT",
] as const satisfies readonly ObjectionSource[];
export const INFORMED_VIA = [
  "PHONE",
  "SMS",
  "EMAIL",
  "VISIT",
  "LETTER",
] as const satisfies readonly CustomerInformedVia[];

export type ObjectionProblem = "required" | "uuid";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An objection the customer raised by phone, letter or visit. */
export interface CreateObjectionForm {
  customerId: string;
  /** The work order it is about, as its id (copied from the order's page), or "". */
  workOrderId: string;
  description: string;
}

export function emptyCreateObjectionForm(prefill: Partial<CreateObjectionForm> = {}): CreateObjectionForm {
  return { customerId: "", workOrderId: "", description: "", ...prefill };
}

export function validateCreateObjection(form: CreateObjectionForm): Record<string, ObjectionProblem> {
  const problems: Record<string, ObjectionProblem> = {};
  if (isBlank(form.customerId)) problems.customerId = "required";
  if (!isBlank(form.workOrderId) && !UUID.test(form.workOrderId.trim())) problems.workOrderId = "uuid";
  if (isBlank(form.description)) problems.description = "required";
  return problems;
}

export function toCreateObjection(form: CreateObjectionForm): CreateObjectionRequest {
  return {
    customerId: form.customerId,
    ...(isBlank(form.workOrderId) ? {} : { workOrderId: form.workOrderId.trim().toLowerCase() }),
    description: form.description.trim(),
  };
}

/** The service commitment given to the customer (what will be done, by when). */
export function validateCommitment(commitment: string): Record<string, ObjectionProblem> {
  return isBlank(commitment) ? { commitment: "required" } : {};
}

export function toCommitment(commitment: string, version: number): ObjectionCommitmentRequest {
  return { version, commitment: commitment.trim() };
}

/** What was done, and how the customer was told. */
export interface ResolutionForm {
  resolution: string;
  customerInformedVia: CustomerInformedVia | "";
}

export function emptyResolutionForm(): ResolutionForm {
  return { resolution: "", customerInformedVia: "" };
}

export function validateResolution(form: ResolutionForm): Record<string, ObjectionProblem> {
  const problems: Record<string, ObjectionProblem> = {};
  if (isBlank(form.resolution)) problems.resolution = "required";
  if (form.customerInformedVia === "") problems.customerInformedVia = "required";
  return problems;
}

export function toResolution(form: ResolutionForm, version: number): ObjectionResolutionRequest {
  if (form.customerInformedVia === "") throw new Error("validate the resolution before sending it");
  return { version, resolution: form.resolution.trim(), customerInformedVia: form.customerInformedVia };
}

/** The steps an objection still allows: a commitment while open, and a resolution until resolved. */
export function nextSteps(objection: Pick<Objection, "status">): ("commitment" | "resolution")[] {
  switch (objection.status) {
    case "OPEN":
      return ["commitment", "resolution"];
    case "COMMITTED":
      return ["resolution"];
    case "RESOLVED":
      return [];
  }
}
