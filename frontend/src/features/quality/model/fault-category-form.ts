import { isBlank } from "@/lib/validation";
import type { CreateFaultCategoryRequest, FaultCategory, FaultClass, UpdateFaultCategoryRequest } from "../api/quality";

const CODE = /^[a-z0-9][a-z0-9-]{0,49}$/;

export interface FaultCategoryForm {
  /** Asked only when the category is added: it cannot change. */
  code: string;
  name: string;
  faultClass: FaultClass;
  /** Catalogue products the category applies to; none for all. */
  productIds: string[];
  active: boolean;
}

export function emptyFaultCategoryForm(): FaultCategoryForm {
  return { code: "", name: "", faultClass: "TECHNICAL", productIds: [], active: true };
}

export function faultCategoryFormOf(category: FaultCategory): FaultCategoryForm {
  return {
    code: category.code,
    name: category.name,
    faultClass: category.faultClass,
    productIds: [...category.productIds],
    active: category.active,
  };
}

export type FaultCategoryProblem = "required" | "code";

export function validateFaultCategoryForm(
  form: FaultCategoryForm,
  creating: boolean,
): Record<string, FaultCategoryProblem> {
  const problems: Record<string, FaultCategoryProblem> = {};
  if (creating) {
    if (isBlank(form.code)) problems.code = "required";
    else if (!CODE.test(form.code.trim())) problems.code = "code";
  }
  if (isBlank(form.name)) problems.name = "required";
  return problems;
}

export function toCreateFaultCategoryRequest(form: FaultCategoryForm): CreateFaultCategoryRequest {
  return {
    code: form.code.trim(),
    name: form.name.trim(),
    faultClass: form.faultClass,
    productIds: form.productIds,
  };
}

/** The whole category with the version read; its code stays. */
export function toUpdateFaultCategoryRequest(form: FaultCategoryForm, version: number): UpdateFaultCategoryRequest {
  return {
    version,
    name: form.name.trim(),
    faultClass: form.faultClass,
    productIds: form.productIds,
    active: form.active,
  };
}
