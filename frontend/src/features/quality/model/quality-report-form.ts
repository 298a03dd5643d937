import { isBlank } from "@/lib/validation";
import type { CreateQualityReportRequest, FaultCategory, QualityReportKind } from "../api/quality";

export interface QualityReportForm {
  kind: QualityReportKind;
  /** The catalogue product, or "" when the asset names it. */
  productId: string;
  /** The customer's asset (the job's device), or "". */
  assetId: string;
  /** The work order the form was filled in on, or "". */
  workOrderId: string;
  /** The fault category's code. */
  faultCategory: string;
  description: string;
  /** "2026-12-05", the tenant's day. */
  occurredOn: string;
}

export type QualityReportProblem = "required" | "product";

export function validateQualityReportForm(form: QualityReportForm): Record<string, QualityReportProblem> {
  const problems: Record<string, QualityReportProblem> = {};
  if (!form.productId && !form.assetId) problems.productId = "product";
  if (!form.faultCategory) problems.faultCategory = "required";
  if (isBlank(form.description)) problems.description = "required";
  return problems;
}

export function toCreateQualityReportRequest(form: QualityReportForm): CreateQualityReportRequest {
  return {
    kind: form.kind,
    faultCategory: form.faultCategory,
    description: form.description.trim(),
    ...(form.productId ? { productId: form.productId } : {}),
    ...(form.assetId ? { assetId: form.assetId } : {}),
    ...(form.workOrderId ? { workOrderId: form.workOrderId } : {}),
    ...(form.occurredOn ? { occurredOn: form.occurredOn } : {}),
  };
}

/** The categories offered for a product: those for every product and those naming it (any, while none is chosen). */
export function categoriesFor(categories: readonly FaultCategory[], productId: string): FaultCategory[] {
  return categories.filter(
    (category) => !productId || category.productIds.length === 0 || category.productIds.includes(productId),
  );
}
