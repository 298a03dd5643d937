import { describe, expect, it } from "vitest";
import { isPublicPath } from "./public-pages";

describe("public pages", () => {
  it("are the booking, tracking, sign-up and campaign link pages, which start without a sign-in", () => {
    expect(isPublicPath("/book/north")).toBe(true);
    expect(isPublicPath("/c/north/3f9a2c7e5b1d4e8fa06c9b2d7e4f1a35")).toBe(true);
    expect(isPublicPath("/sign-up/north")).toBe(true);
    expect(isPublicPath("/track/k3v9q2m8x7w4p6r1t5y0u3i8o2a7s4d9")).toBe(true);
  });

  it("are nothing else, not even their bare prefixes", () => {
    expect(isPublicPath("/")).toBe(false);
    expect(isPublicPath("/book/")).toBe(false);
    expect(isPublicPath("/booking")).toBe(false);
    expect(isPublicPath("/sign-up/")).toBe(false);
    expect(isPublicPath("/c/")).toBe(false);
    expect(isPublicPath("/campaigns")).toBe(false);
    expect(isPublicPath("/customers/7f0c")).toBe(false);
    expect(isPublicPath("/my-products")).toBe(false);
    expect(isPublicPath("/my-requests")).toBe(false);
    expect(isPublicPath("/auth/callback")).toBe(false);
  });
});
