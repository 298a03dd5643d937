import { isBlank } from "@/lib/validation";
import type { Asset, CreateAssetRequest, UpdateAssetRequest } from "../api/assets";

/** An installed product; optional texts are "" when not given. */
export interface AssetForm {
  customerId: string;
  siteId: string;
  productId: string;
  serialNumber: string;
  terminalId: string;
  simId: string;
  vehiclePlate: string;
  installDate: string;
  /** Whether the warranty end is set on the asset; otherwise it follows the product's months from installation. */
  warrantyByHand: boolean;
  /** Only sent when set by hand. */
  warrantyEnd: string;
  /** The sales contract's number on the warranty card. */
  contractNumber: string;
}

export function emptyAssetForm(customerId = ""): AssetForm {
  return {
    customerId,
    siteId: "",
    productId: "",
    serialNumber: "",
    terminalId: "",
    simId: "",
    vehiclePlate: "",
    installDate: "",
    warrantyByHand: false,
    warrantyEnd: "",
    contractNumber: "",
  };
}

/** The asset as read; a warranty end the server derived from the product is not the asset's own, so it stays empty. */
export function assetFormOf(asset: Asset): AssetForm {
  const byHand = !!asset.warrantyEnd && !asset.warrantyEndFromProduct;
  return {
    customerId: asset.customerId,
    siteId: asset.siteId ?? "",
    productId: asset.productId,
    serialNumber: asset.serialNumber,
    terminalId: asset.terminalId ?? "",
    simId: asset.simId ?? "",
    vehiclePlate: asset.vehiclePlate ?? "",
    installDate: asset.installDate ?? "",
    warrantyByHand: byHand,
    warrantyEnd: byHand ? (asset.warrantyEnd ?? "") : "",
    contractNumber: asset.contractNumber ?? "",
  };
}

export type AssetProblem = "required" | "identifier" | "plate" | "date" | "warrantyBeforeInstall";

// The contract's patterns for serial, terminal, SIM and contract numbers, and for plates (浙A·12345).
const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._/:-]{0,63}$/;
const PLATE = /^[\p{L}\p{N}][\p{L}\p{N} ·.-]{1,15}$/u;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function validateAssetForm(form: AssetForm): Record<string, AssetProblem> {
  const problems: Record<string, AssetProblem> = {};
  if (isBlank(form.customerId)) problems.customerId = "required";
  if (isBlank(form.productId)) problems.productId = "required";
  if (isBlank(form.serialNumber)) problems.serialNumber = "required";
  else if (!IDENTIFIER.test(form.serialNumber.trim())) problems.serialNumber = "identifier";
  for (const key of ["terminalId", "simId", "contractNumber"] as const) {
    if (!isBlank(form[key]) && !IDENTIFIER.test(form[key].trim())) problems[key] = "identifier";
  }
  if (!isBlank(form.vehiclePlate) && !PLATE.test(form.vehiclePlate.trim())) problems.vehiclePlate = "plate";
  if (!isBlank(form.installDate) && !DATE.test(form.installDate)) problems.installDate = "date";
  if (form.warrantyByHand) {
    if (isBlank(form.warrantyEnd)) problems.warrantyEnd = "required";
    else if (!DATE.test(form.warrantyEnd)) problems.warrantyEnd = "date";
  }
  if (
    form.warrantyByHand &&
    !problems.installDate &&
    !problems.warrantyEnd &&
    form.installDate &&
    form.warrantyEnd &&
    form.warrantyEnd < form.installDate
  ) {
    problems.warrantyEnd = "warrantyBeforeInstall";
  }
  return problems;
}

function optional<Key extends string>(key: Key, text: string): Partial<Record<Key, string>> {
  return isBlank(text) ? {} : ({ [key]: text.trim() } as Partial<Record<Key, string>>);
}

export function toCreateAssetRequest(form: AssetForm): CreateAssetRequest {
  return {
    customerId: form.customerId,
    productId: form.productId,
    serialNumber: form.serialNumber.trim(),
    ...optional("siteId", form.siteId),
    ...optional("terminalId", form.terminalId),
    ...optional("simId", form.simId),
    ...optional("vehiclePlate", form.vehiclePlate),
    ...optional("installDate", form.installDate),
    // Left out, the end follows the product's warranty months from the install date.
    ...(form.warrantyByHand ? optional("warrantyEnd", form.warrantyEnd) : {}),
    ...optional("contractNumber", form.contractNumber),
  };
}

/** The whole asset with the version read: an emptied optional field is removed. */
export function toUpdateAssetRequest(form: AssetForm, version: number): UpdateAssetRequest {
  return { version, ...toCreateAssetRequest(form) };
}
