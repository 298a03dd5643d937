import type { Schema } from "./api/schema-types";
import { sumAmounts } from "./money";

// A product's warranty runs from the asset's installation for the product's months (bound to the sales contract);
// a repair once it has run out is charged the catalogue's out-of-warranty fee.

/** In or out of warranty, or unknown when no end is known. */
export type WarrantyState = "in" | "out" | "unknown";

type AssetWarrantyToday = Pick<Schema<"Asset">, "underWarranty" | "warrantyEnd">;

/** An asset's warranty today as the server decided it (in the tenant's zone); without an end it is unknown. */
export function warrantyStateOf(asset: AssetWarrantyToday): WarrantyState {
  if (!asset.warrantyEnd) return "unknown";
  return asset.underWarranty ? "in" : "out";
}

/** The entitlement's `inWarranty` (absent when the end is not known) as a state. */
export function warrantyStateOfFlag(inWarranty: boolean | undefined): WarrantyState {
  if (inWarranty === undefined) return "unknown";
  return inWarranty ? "in" : "out";
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The last day of a warranty of `months` from the install date, as the server derives it: the install date plus
 * the months (a day past the end of the month falls back to its last day) less one day. Null without a warranty.
 */
export function derivedWarrantyEnd(installDate: string, months: number | null | undefined): string | null {
  const d = DATE.exec(installDate);
  if (!d || !months || months <= 0) return null;
  const monthIndex = Number(d[2]) - 1 + months;
  const year = Number(d[1]) + Math.floor(monthIndex / 12);
  const month = monthIndex % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const end = new Date(Date.UTC(year, month, Math.min(Number(d[3]), lastDay) - 1));
  return end.toISOString().slice(0, 10);
}

type AssetFee = AssetWarrantyToday & Pick<Schema<"Asset">, "outOfWarrantyFee">;

/**
 * The fee a repair of these assets is proposed: the sum of the out-of-warranty fees of those out of warranty, as
 * the server sets it when no fee is sent. Null for other work, when all are in warranty or no fee is set.
 */
export function proposedRepairFee(
  type: Schema<"WorkOrderType"> | undefined,
  assets: readonly AssetFee[],
): string | null {
  if (type !== "REPAIR") return null;
  const fees = assets
    .filter((asset) => warrantyStateOf(asset) === "out")
    .flatMap((asset) => (asset.outOfWarrantyFee ? [asset.outOfWarrantyFee] : []));
  return fees.length > 0 ? sumAmounts(fees) : null;
}
