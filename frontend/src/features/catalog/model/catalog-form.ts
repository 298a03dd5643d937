import { isBlank } from "@/lib/validation";
import type { CatalogItem, CatalogItemKind, CreateCatalogItemRequest, UpdateCatalogItemRequest } from "../api/catalog";

/** A product's warranty terms as the form holds them; all empty when the product has none. */
export interface WarrantyInput {
  /** Months from installation; null when not given. */
  months: number | null;
  covers: string;
  /** The fee of a repair once the warranty has run out; "" when none is set. */
  outOfWarrantyFee: string;
}

export interface CatalogItemForm {
  kind: CatalogItemKind;
  code: string;
  name: string;
  unit: string;
  /** "" when the item is not sold. */
  price: string;
  /** Only products carry warranty terms; ignored for parts and tools. */
  warranty: WarrantyInput;
  /** Made in China: only domestic materials may go into a power connection. */
  domestic: boolean;
  /** A large item bought through central procurement (统一采购). */
  centralProcurement: boolean;
}

export function emptyWarranty(): WarrantyInput {
  return { months: null, covers: "", outOfWarrantyFee: "" };
}

export function emptyCatalogItemForm(kind: CatalogItemKind = "PRODUCT"): CatalogItemForm {
  return {
    kind,
    code: "",
    name: "",
    unit: "",
    price: "",
    warranty: emptyWarranty(),
    domestic: false,
    centralProcurement: false,
  };
}

export function catalogItemFormOf(item: CatalogItem): CatalogItemForm {
  return {
    kind: item.kind,
    code: item.code,
    name: item.name,
    unit: item.unit,
    price: item.price ?? "",
    warranty: {
      months: item.warranty?.months ?? null,
      covers: item.warranty?.covers ?? "",
      outOfWarrantyFee: item.warranty?.outOfWarrantyFee ?? "",
    },
    domestic: item.domestic === true,
    centralProcurement: item.centralProcurement === true,
  };
}

export type CatalogItemProblem = "required" | "code" | "money" | "months" | "tooLong";

// The contract's patterns: codes of letters, digits and . _ / -; prices with at most two decimals.
const CODE = /^[\p{L}\p{N}][\p{L}\p{N}._/-]{0,63}$/u;
const PRICE = /^\d{1,10}(\.\d{1,2})?$/;
export const MAX_WARRANTY_MONTHS = 240;
export const MAX_COVERS_LENGTH = 1000;

export function validateCatalogItemForm(form: CatalogItemForm): Record<string, CatalogItemProblem> {
  const problems: Record<string, CatalogItemProblem> = {};
  if (isBlank(form.code)) problems.code = "required";
  else if (!CODE.test(form.code.trim())) problems.code = "code";
  if (isBlank(form.name)) problems.name = "required";
  if (isBlank(form.unit)) problems.unit = "required";
  if (!isBlank(form.price) && !PRICE.test(form.price.trim())) problems.price = "money";
  if (form.kind === "PRODUCT") {
    const { months, covers, outOfWarrantyFee } = form.warranty;
    if (months !== null && (!Number.isInteger(months) || months < 0 || months > MAX_WARRANTY_MONTHS)) {
      problems["warranty.months"] = "months";
    }
    if (covers.trim().length > MAX_COVERS_LENGTH) problems["warranty.covers"] = "tooLong";
    if (!isBlank(outOfWarrantyFee) && !PRICE.test(outOfWarrantyFee.trim())) {
      problems["warranty.outOfWarrantyFee"] = "money";
    }
  }
  return problems;
}

/** The product's warranty terms to send; none for parts and tools, or when every term is empty. */
export function toWarrantyTerms(form: CatalogItemForm): CreateCatalogItemRequest["warranty"] {
  if (form.kind !== "PRODUCT") return undefined;
  const { months, covers, outOfWarrantyFee } = form.warranty;
  const terms = {
    ...(months === null ? {} : { months }),
    ...(isBlank(covers) ? {} : { covers: covers.trim() }),
    ...(isBlank(outOfWarrantyFee) ? {} : { outOfWarrantyFee: outOfWarrantyFee.trim() }),
  };
  return Object.keys(terms).length > 0 ? terms : undefined;
}

function fields(form: CatalogItemForm) {
  const warranty = toWarrantyTerms(form);
  return {
    code: form.code.trim(),
    name: form.name.trim(),
    unit: form.unit.trim(),
    ...(isBlank(form.price) ? {} : { price: form.price.trim() }),
    ...(warranty ? { warranty } : {}),
    domestic: form.domestic === true,
    centralProcurement: form.centralProcurement === true,
  };
}

export function toCreateCatalogItemRequest(form: CatalogItemForm): CreateCatalogItemRequest {
  return { kind: form.kind, ...fields(form) };
}

/** The whole item with the version read; the kind cannot change, and an emptied price or warranty is removed. */
export function toUpdateCatalogItemRequest(form: CatalogItemForm, version: number): UpdateCatalogItemRequest {
  return { version, ...fields(form) };
}
