import { describe, expect, it } from "vitest";
import { faultCategorySlug, faultCategoryWords } from "./fault-category";

describe("fault categories in plain words", () => {
  it("makes the slug of Latin words and reads it back as words", () => {
    expect(faultCategorySlug("  No GPS signal ")).toBe("no-gps-signal");
    expect(faultCategorySlug("SIM_card / lost")).toBe("sim-card-lost");
    expect(faultCategoryWords("no-gps-signal")).toBe("no gps signal");
  });

  it("keeps Chinese words in a slug the contract accepts, and gives them back", () => {
    const slug = faultCategorySlug("无信号")!;
    expect(slug).toMatch(/^[a-z0-9][a-z0-9-]{0,49}$/);
    expect(faultCategoryWords(slug)).toBe("无信号");
    expect(faultCategoryWords(faultCategorySlug("GPS 无信号")!)).toBe("gps 无信号");
  });

  it("gives no slug for nothing, or for words too long for the contract's 50 characters", () => {
    expect(faultCategorySlug("   ")).toBeNull();
    expect(faultCategorySlug("a".repeat(51))).toBeNull();
    expect(faultCategorySlug("显示屏黑屏无法开机并且有异味")).toBeNull();
  });

  it("shows an existing slug that only looks encoded as its words", () => {
    expect(faultCategoryWords("u8-zz")).toBe("u8 zz");
  });
});
