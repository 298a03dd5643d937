import { describe, expect, it } from "vitest";
import { campaignLink } from "@/test/fixtures-campaigns";
import {
  campaignLinkState,
  emptyCampaignBookingForm,
  toCampaignBookingRequest,
  underWarrantyOn,
  validateCampaignBooking,
} from "./campaign-link";

describe("a campaign link", () => {
  it("offers a booking while open, shows the visit once booked, and nothing more once closed", () => {
    expect(campaignLinkState(campaignLink())).toBe("open");
    const booking = {
      requestNumber: "SR-000031",
      slot: { start: "2026-12-11T01:00:00Z", end: "2026-12-11T03:00:00Z" },
    };
    expect(campaignLinkState(campaignLink({ open: false, booking }))).toBe("booked");
    expect(campaignLinkState(campaignLink({ open: false }))).toBe("closed");
  });

  it("starts at the first address on record and needs a time", () => {
    const link = campaignLink();
    const form = emptyCampaignBookingForm(link);
    expect(form).toEqual({ assetId: "", siteId: link.sites[0]!.id, slot: null, note: "" });
    expect(validateCampaignBooking(form)).toEqual({ slot: "slotRequired" });
    expect(validateCampaignBooking(emptyCampaignBookingForm(campaignLink({ sites: [] })))).toEqual({
      siteId: "siteRequired",
      slot: "slotRequired",
    });
  });

  it("sends the slot as offered, the product and address chosen, and a note only when written", () => {
    const link = campaignLink();
    const slot = { start: link.slots[0]!.start, end: link.slots[0]!.end };
    expect(toCampaignBookingRequest({ ...emptyCampaignBookingForm(link), slot, note: "  " })).toEqual({
      slot,
      siteId: link.sites[0]!.id,
    });
    expect(
      toCampaignBookingRequest({
        assetId: link.products[1]!.assetId,
        siteId: link.sites[1]!.id,
        slot,
        note: " 按门铃 ",
      }),
    ).toEqual({ slot, assetId: link.products[1]!.assetId, siteId: link.sites[1]!.id, note: "按门铃" });
  });

  it("says whether a product's warranty still runs on the day", () => {
    expect(underWarrantyOn({ warrantyEnd: "2026-12-07" }, "2026-12-07")).toBe(true);
    expect(underWarrantyOn({ warrantyEnd: "2026-12-06" }, "2026-12-07")).toBe(false);
    expect(underWarrantyOn({}, "2026-12-07")).toBeNull();
  });
});
