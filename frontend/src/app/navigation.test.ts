import { describe, expect, it } from "vitest";
import { canOpen, navigationFor } from "./navigation";

const keys = (roles: string[]) => navigationFor(roles).map((item) => item.key);

describe("navigation follows the user's roles", () => {
  it("shows a platform admin the tenants and not the tenant pages", () => {
    expect(keys(["platform-admin"])).toEqual(["home", "tenants"]);
  });

  it("shows a manager settings, calendar, staff, integrations and audit log", () => {
    expect(keys(["manager"])).toEqual(["home", "settings", "calendar", "staff", "integrations", "audit"]);
  });

  it("shows dispatchers, installers, partners and unknown roles only the home page", () => {
    expect(keys(["dispatcher"])).toEqual(["home"]);
    expect(keys(["installer", "partner"])).toEqual(["home"]);
    expect(keys(["something-new"])).toEqual(["home"]);
    expect(keys([])).toEqual(["home"]);
  });

  it("combines the pages of several roles", () => {
    expect(keys(["manager", "platform-admin"])).toEqual([
      "home",
      "tenants",
      "settings",
      "calendar",
      "staff",
      "integrations",
      "audit",
    ]);
  });

  it("guards routes with the same rule as the menu", () => {
    expect(canOpen("settings", ["dispatcher"])).toBe(false);
    expect(canOpen("settings", ["manager"])).toBe(true);
    expect(canOpen("tenants", ["manager"])).toBe(false);
    expect(canOpen("integrations", ["dispatcher", "integration"])).toBe(false);
    expect(canOpen("integrations", ["manager"])).toBe(true);
    expect(canOpen("home", [])).toBe(true);
  });
});
