import { describe, expect, it } from "vitest";
import { canOpen, landingPath, navigationFor } from "./navigation";

const keys = (roles: string[]) => navigationFor(roles).map((item) => item.key);

describe("navigation follows the user's roles", () => {
  it("shows a platform admin the tenants and not the tenant pages", () => {
    expect(keys(["platform-admin"])).toEqual(["home", "tenants"]);
  });

  it("shows a manager call intake first, dispatch, master data and the rule pages", () => {
    expect(keys(["manager"])).toEqual([
      "intake",
      "home",
      "serviceRequests",
      "workOrders",
      "dispatch",
      "promiseWatch",
      "followUps",
      "objections",
      "reworkStats",
      "installers",
      "customers",
      "assets",
      "catalog",
      "servicePoints",
      "imports",
      "settings",
      "calendar",
      "staff",
      "integrations",
      "audit",
    ]);
  });

  it("shows a dispatcher call intake first, then requests, work orders, dispatch and master data", () => {
    expect(keys(["dispatcher"])).toEqual([
      "intake",
      "home",
      "serviceRequests",
      "workOrders",
      "dispatch",
      "promiseWatch",
      "followUps",
      "objections",
      "installers",
      "customers",
      "assets",
      "catalog",
      "servicePoints",
      "imports",
    ]);
  });

  it("shows an installer only their jobs, which is also where they land", () => {
    expect(keys(["installer"])).toEqual(["myJobs"]);
    expect(landingPath(["installer"])).toBe("/jobs");
    expect(landingPath(["installer", "partner"])).toBe("/jobs");
  });

  it("shows a customer only their requests, which is also where they land", () => {
    expect(keys(["customer"])).toEqual(["myRequests"]);
    expect(landingPath(["customer"])).toBe("/my-requests");
    expect(canOpen("myRequests", ["dispatcher"])).toBe(false);
    // Staff who are also someone's customer land where their work is.
    expect(landingPath(["customer", "installer"])).toBe("/jobs");
    expect(landingPath(["customer", "manager"])).toBe("/");
  });

  it("lands office staff who also install on the home page, with their jobs in the menu", () => {
    expect(landingPath(["dispatcher", "installer"])).toBe("/");
    expect(keys(["dispatcher", "installer"])).toEqual([
      "intake",
      "home",
      "serviceRequests",
      "workOrders",
      "dispatch",
      "promiseWatch",
      "followUps",
      "objections",
      "installers",
      "customers",
      "assets",
      "catalog",
      "servicePoints",
      "imports",
      "myJobs",
    ]);
  });

  it("shows partners and unknown roles only the home page", () => {
    expect(keys(["partner"])).toEqual(["home"]);
    expect(keys(["something-new"])).toEqual(["home"]);
    expect(keys([])).toEqual(["home"]);
  });

  it("combines the pages of several roles", () => {
    expect(keys(["manager", "platform-admin"])).toEqual([
      "intake",
      "home",
      "tenants",
      "serviceRequests",
      "workOrders",
      "dispatch",
      "promiseWatch",
      "followUps",
      "objections",
      "reworkStats",
      "installers",
      "customers",
      "assets",
      "catalog",
      "servicePoints",
      "imports",
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
    expect(canOpen("intake", ["dispatcher"])).toBe(true);
    expect(canOpen("imports", ["manager"])).toBe(true);
    expect(canOpen("reworkStats", ["manager"])).toBe(true);
    expect(canOpen("reworkStats", ["dispatcher"])).toBe(false);
    expect(canOpen("promiseWatch", ["dispatcher"])).toBe(true);
    expect(canOpen("followUps", ["installer"])).toBe(false);
    expect(canOpen("objections", ["partner"])).toBe(false);
    expect(canOpen("intake", ["installer"])).toBe(false);
    expect(canOpen("customers", ["partner"])).toBe(false);
    expect(canOpen("home", [])).toBe(true);
  });
});
