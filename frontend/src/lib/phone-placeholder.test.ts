import { describe, expect, it } from "vitest";
import { phonePlaceholder } from "./phone-placeholder";

describe("phone placeholder", () => {
  it("shows a number of the tenant's country", () => {
    expect(phonePlaceholder("CN")).toBe("138 0000 1001");
    expect(phonePlaceholder("de")).toBe("0151 2345 6789");
  });

  it("falls back to an international number when the country is unknown or not set", () => {
    expect(phonePlaceholder(undefined)).toBe("+86 138 0000 1001");
    expect(phonePlaceholder("ZZ")).toBe("+86 138 0000 1001");
  });
});
