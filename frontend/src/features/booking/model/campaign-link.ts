import { isBlank } from "@/lib/validation";
import type { CampaignLink, CampaignLinkBookingRequest, CampaignLinkProduct } from "../api/campaign-link";
import type { Slot } from "../api/booking";

/** What the page offers the customer: to book, the visit they booked, or nothing more to book. */
export type CampaignLinkState = "open" | "booked" | "closed";

export function campaignLinkState(link: Pick<CampaignLink, "open" | "booking">): CampaignLinkState {
  if (link.booking) return "booked";
  return link.open ? "open" : "closed";
}

/** The customer's choices on the link: which product (or all), where, when, and a note for the installer. */
export interface CampaignBookingForm {
  /** An asset of the link, or "" for all of the customer's products. */
  assetId: string;
  /** One of the customer's addresses. */
  siteId: string;
  /** The chosen slot exactly as the link offered it. */
  slot: Slot | null;
  note: string;
}

export type CampaignBookingProblem = "slotRequired" | "siteRequired";

/** Nothing chosen yet but the first address on record, where the server would send the installer anyway. */
export function emptyCampaignBookingForm(link: Pick<CampaignLink, "sites">): CampaignBookingForm {
  return { assetId: "", siteId: link.sites[0]?.id ?? "", slot: null, note: "" };
}

export function validateCampaignBooking(form: CampaignBookingForm): Record<string, CampaignBookingProblem> {
  const problems: Record<string, CampaignBookingProblem> = {};
  if (!form.siteId) problems.siteId = "siteRequired";
  if (!form.slot) problems.slot = "slotRequired";
  return problems;
}

export function toCampaignBookingRequest(form: CampaignBookingForm): CampaignLinkBookingRequest {
  if (!form.slot) throw new Error("toCampaignBookingRequest needs a validated form");
  return {
    slot: { start: form.slot.start, end: form.slot.end },
    ...(form.assetId ? { assetId: form.assetId } : {}),
    ...(form.siteId ? { siteId: form.siteId } : {}),
    ...(isBlank(form.note) ? {} : { note: form.note.trim() }),
  };
}

/** Whether a product's warranty still runs on the given day ("2026-12-07"); null when no end is on record. */
export function underWarrantyOn(product: Pick<CampaignLinkProduct, "warrantyEnd">, today: string): boolean | null {
  return product.warrantyEnd ? product.warrantyEnd >= today : null;
}
