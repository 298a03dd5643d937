import { describe, expect, it } from "vitest";
import { canOpen, landingPath, navigationFor } from "./navigation";

const keys = (roles: string[]) => navigationFor(roles).map((item) => item.key);

describe("navigation follows the user's roles", () => {
  it("shows a platform admin the tenants and not the tenant pages", () => {
    expect(keys(["platform-admin"])).toEqual(["home", "tenants"]);
  });

  it("shows a manager dispatch, installers and the rule pages", () => {
    expect(keys(["manager"])).toEqual([
      "home",
      "workOrders",
      "dispatch",
      "installers",
      "settings",
      "calendar",
      "staff",
      "integrations",
      "audit",
    ]);
  });

  it("shows a dispatcher the work orders, the dispatch calendar and the installers", () => {
    expect(keys(["dispatcher"])).toEqual(["home", "workOrders", "dispatch", "installers"]);
  });

  it("shows an installer only their jobs, which is also where they land", () => {
    expect(keys(["installer"])).toEqual(["myJobs"]);
    expect(landingPath(["installer"])).toBe("/jobs");
    expect(landingPath(["installer", "partner"])).toBe("/jobs");
  });

  it("lands office staff who also install on the home page, with their jobs in the menu", () => {
    expect(landingPath(["dispatcher", "installer"])).toBe("/");
    expect(keys(["dispatcher", "installer"])).toEqual(["home", "workOrders", "dispatch", "installers", "myJobs"]);
  });

  it("shows partners and unknown roles only the home page", () => {
    expect(keys(["partner"])).toEqual(["home"]);
    expect(keys(["something-new"])).toEqual(["home"]);
    expect(keys([])).toEqual(["home"]);
  });

  it("combines the pages of several roles", () => {
    expect(keys(["manager", "platform-admin"])).toEqual([
      "home",
      "tenants",
      "workOrders",
      "dispatch",
      "installers",
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
    expect(canOpen("workOrders", ["installer"])).toBe(false);
    expect(canOpen("myJobs", ["dispatcher"])).toBe(false);
    expect(canOpen("installers", ["dispatcher"])).toBe(true);
    expect(canOpen("home", [])).toBe(true);
  });
});
