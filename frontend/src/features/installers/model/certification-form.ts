import { isBlank } from "@/lib/validation";
import type { CreateCertificationRequest, Qualification } from "../api/installers";

export const QUALIFICATIONS = ["ELECTRICIAN", "WELDING", "HEIGHT", "OTHER"] as const satisfies readonly Qualification[];

export interface CertificationForm {
  type: Qualification;
  otherName: string;
  number: string;
  issuer: string;
  validFrom: string;
  validTo: string;
}

export function emptyCertificationForm(): CertificationForm {
  return { type: "ELECTRICIAN", otherName: "", number: "", issuer: "", validFrom: "", validTo: "" };
}

export type CertificationProblem = "required" | "date" | "toBeforeFrom";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function validateCertificationForm(form: CertificationForm): Record<string, CertificationProblem> {
  const problems: Record<string, CertificationProblem> = {};
  if (form.type === "OTHER" && isBlank(form.otherName)) problems.otherName = "required";
  if (isBlank(form.number)) problems.number = "required";
  if (isBlank(form.issuer)) problems.issuer = "required";
  if (!DATE.test(form.validFrom)) problems.validFrom = isBlank(form.validFrom) ? "required" : "date";
  if (!DATE.test(form.validTo)) problems.validTo = isBlank(form.validTo) ? "required" : "date";
  else if (DATE.test(form.validFrom) && form.validTo < form.validFrom) problems.validTo = "toBeforeFrom";
  return problems;
}

export function toCreateCertificationRequest(form: CertificationForm): CreateCertificationRequest {
  return {
    type: form.type,
    ...(form.type === "OTHER" ? { otherName: form.otherName.trim() } : {}),
    number: form.number.trim(),
    issuer: form.issuer.trim(),
    validFrom: form.validFrom,
    validTo: form.validTo,
  };
}
