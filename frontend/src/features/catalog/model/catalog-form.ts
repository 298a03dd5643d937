import { isBlank } from "@/lib/validation";
import type { CatalogItem, CatalogItemKind, CreateCatalogItemRequest, UpdateCatalogItemRequest } from "../api/catalog";

export interface CatalogItemForm {
  kind: CatalogItemKind;
  code: string;
  name: string;
  unit: string;
  /** "" when the item is not sold. */
  price: string;
}

export function emptyCatalogItemForm(kind: CatalogItemKind = "PRODUCT"): CatalogItemForm {
  return { kind, code: "", name: "", unit: "", price: "" };
}

export function catalogItemFormOf(item: CatalogItem): CatalogItemForm {
  return { kind: item.kind, code: item.code, name: item.name, unit: item.unit, price: item.price ?? "" };
}

export type CatalogItemProblem = "required" | "code" | "money";

// The contract's patterns: codes of letters, digits and . _ / -; prices with at most two decimals.
const CODE = /^[\p{L}\p{N}][\p{L}\p{N}._/-]{0,63}$/u;
const PRICE = /^\d{1,10}(\.\d{1,2})?$/;

export function validateCatalogItemForm(form: CatalogItemForm): Record<string, CatalogItemProblem> {
  const problems: Record<string, CatalogItemProblem> = {};
  if (isBlank(form.code)) problems.code = "required";
  else if (!CODE.test(form.code.trim())) problems.code = "code";
  if (isBlank(form.name)) problems.name = "required";
  if (isBlank(form.unit)) problems.unit = "required";
  if (!isBlank(form.price) && !PRICE.test(form.price.trim())) problems.price = "money";
  return problems;
}

function fields(form: CatalogItemForm) {
  return {
    code: form.code.trim(),
    name: form.name.trim(),
    unit: form.unit.trim(),
    ...(isBlank(form.price) ? {} : { price: form.price.trim() }),
  };
}

export function toCreateCatalogItemRequest(form: CatalogItemForm): CreateCatalogItemRequest {
  return { kind: form.kind, ...fields(form) };
}

/** The whole item with the version read; the kind cannot change and an emptied price is removed. */
export function toUpdateCatalogItemRequest(form: CatalogItemForm, version: number): UpdateCatalogItemRequest {
  return { version, ...fields(form) };
}
