import { describe, expect, it } from "vitest";
import type { MyBookingOptions } from "../api/my-account";
import {
  initialMyBookingForm,
  myBookingPath,
  needsProduct,
  prefillOf,
  toMyBookingRequest,
  validateMyBookingForm,
} from "./my-booking-form";

const options: MyBookingOptions = {
  customerName: "王芳",
  timeZone: "Asia/Shanghai",
  services: ["INSTALLATION", "FAULT", "MAINTENANCE"],
  products: [
    { id: "p1", productName: "空调 K-35", serialNumber: "SN-1", underWarranty: true },
    { id: "p2", productName: "热水器 W-60", serialNumber: "SN-2", underWarranty: false },
  ],
  addresses: [{ id: "a1", label: "家", address: "杭州市文三路 100 号" }],
  slots: [{ start: "2026-12-09T01:00:00Z", end: "2026-12-09T03:00:00Z", free: 2 }],
  changeCutoffHours: 24,
};

describe("the signed-in customer's booking form", () => {
  it("opens for the product My products named, with maintenance chosen, at the first address", () => {
    const path = myBookingPath({ service: "MAINTENANCE", productId: "p2" });
    expect(path).toBe("/my-booking?service=MAINTENANCE&product=p2");
    const form = initialMyBookingForm(options, prefillOf(new URL(path, "http://x").searchParams));
    expect(form).toMatchObject({ service: "MAINTENANCE", productId: "p2", addressId: "a1", slot: null });
  });

  it("ignores a prefill the options do not offer", () => {
    const form = initialMyBookingForm(options, prefillOf(new URLSearchParams("service=WASH&product=gone")));
    expect(form).toMatchObject({ service: "", productId: "" });
  });

  it("requires a product for a repair or maintenance when the customer has products, not for installation", () => {
    expect(needsProduct("FAULT", options)).toBe(true);
    expect(needsProduct("MAINTENANCE", { products: [] })).toBe(false);
    expect(needsProduct("INSTALLATION", options)).toBe(false);
    const form = { service: "FAULT" as const, productId: "", addressId: "a1", problem: " ", slot: null };
    expect(validateMyBookingForm(form, options)).toEqual({
      productId: "productRequired",
      problem: "required",
      slot: "slotRequired",
    });
  });

  it("sends the chosen product, address and slot, and no product with an installation", () => {
    const slot = { start: "2026-12-09T01:00:00Z", end: "2026-12-09T03:00:00Z" };
    expect(
      toMyBookingRequest({ service: "MAINTENANCE", productId: "p1", addressId: "a1", problem: " 年检 ", slot }),
    ).toEqual({ service: "MAINTENANCE", productId: "p1", addressId: "a1", slot, problem: "年检" });
    expect(
      toMyBookingRequest({ service: "INSTALLATION", productId: "p1", addressId: "", problem: "新装", slot }),
    ).toEqual({ service: "INSTALLATION", slot, problem: "新装" });
  });
});
