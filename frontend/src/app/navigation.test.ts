import { describe, expect, it } from "vitest";
import {
  NAV_GROUPS,
  PAGES,
  canOpen,
  landingPath,
  menuFor,
  navigationFor,
  pageOfPath,
  type PageKey,
} from "./navigation";

const keys = (roles: string[]) => navigationFor(roles).map((item) => item.key);

describe("navigation follows the user's roles", () => {
  it("shows a platform admin the tenants and the country calendars, not the tenant pages", () => {
    expect(keys(["platform-admin"])).toEqual(["home", "tenants", "countryCalendars"]);
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
      "campaigns",
      "objections",
      "complaints",
      "qualityReports",
      "earlyWarnings",
      "reworkStats",
      "indicators",
      "installers",
      "customers",
      "customerAccounts",
      "assets",
      "catalog",
      "faultCategories",
      "servicePoints",
      "imports",
      "reports",
      "discipline",
      "payroll",
      "attendance",
      "trips",
      "expenseClaims",
      "secondments",
      "partners",
      "settings",
      "calendar",
      "staff",
      "integrations",
      "notifications",
      "messageTexts",
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
      "campaigns",
      "objections",
      "complaints",
      "qualityReports",
      "installers",
      "customers",
      "customerAccounts",
      "assets",
      "catalog",
      "servicePoints",
      "imports",
      "discipline",
      "attendance",
      "trips",
      "expenseClaims",
      "secondments",
    ]);
  });

  it("shows an installer their jobs, where they land, and their own discipline ledger", () => {
    expect(keys(["installer"])).toEqual(["myJobs", "discipline", "attendance", "trips", "expenseClaims"]);
    expect(landingPath(["installer"])).toBe("/jobs");
    expect(landingPath(["installer", "partner"])).toBe("/jobs");
  });

  it("shows a customer their products, where they land, booking a visit, their requests and their details", () => {
    expect(keys(["customer"])).toEqual(["myProducts", "myBooking", "myRequests", "myDetails"]);
    expect(landingPath(["customer"])).toBe("/my-products");
    expect(canOpen("myRequests", ["dispatcher"])).toBe(false);
    expect(canOpen("myProducts", ["manager"])).toBe(false);
    expect(canOpen("customerAccounts", ["dispatcher"])).toBe(true);
    expect(canOpen("customerAccounts", ["customer"])).toBe(false);
    expect(menuFor(["customer"]).flat).toBe(true);
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
      "campaigns",
      "objections",
      "complaints",
      "qualityReports",
      "installers",
      "customers",
      "customerAccounts",
      "assets",
      "catalog",
      "servicePoints",
      "imports",
      "myJobs",
      "discipline",
      "attendance",
      "trips",
      "expenseClaims",
      "secondments",
    ]);
  });

  it("shows a partner's staff their orders and statements, landing on the orders", () => {
    expect(keys(["partner"])).toEqual(["partnerOrders", "partnerStatements"]);
    expect(landingPath(["partner"])).toBe("/partner/orders");
    expect(canOpen("partners", ["partner"])).toBe(false);
    expect(canOpen("partnerOrders", ["manager"])).toBe(false);
  });

  it("shows unknown roles only the home page", () => {
    expect(keys(["something-new"])).toEqual(["home"]);
    expect(keys([])).toEqual(["home"]);
  });

  it("combines the pages of several roles", () => {
    expect(keys(["manager", "platform-admin"])).toEqual([
      "intake",
      "home",
      "tenants",
      "countryCalendars",
      "serviceRequests",
      "workOrders",
      "dispatch",
      "promiseWatch",
      "followUps",
      "campaigns",
      "objections",
      "complaints",
      "qualityReports",
      "earlyWarnings",
      "reworkStats",
      "indicators",
      "installers",
      "customers",
      "customerAccounts",
      "assets",
      "catalog",
      "faultCategories",
      "servicePoints",
      "imports",
      "reports",
      "discipline",
      "payroll",
      "attendance",
      "trips",
      "expenseClaims",
      "secondments",
      "partners",
      "settings",
      "calendar",
      "staff",
      "integrations",
      "notifications",
      "messageTexts",
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
    expect(canOpen("indicators", ["manager"])).toBe(true);
    expect(canOpen("indicators", ["dispatcher"])).toBe(false);
    expect(canOpen("promiseWatch", ["dispatcher"])).toBe(true);
    expect(canOpen("followUps", ["installer"])).toBe(false);
    expect(canOpen("objections", ["partner"])).toBe(false);
    expect(canOpen("intake", ["installer"])).toBe(false);
    expect(canOpen("customers", ["partner"])).toBe(false);
    expect(canOpen("home", [])).toBe(true);
    expect(canOpen("complaints", ["dispatcher"])).toBe(true);
    expect(canOpen("complaints", ["installer"])).toBe(false);
    expect(canOpen("discipline", ["installer"])).toBe(true);
    expect(canOpen("payroll", ["manager"])).toBe(true);
    expect(canOpen("payroll", ["dispatcher"])).toBe(false);
    expect(canOpen("campaigns", ["manager"])).toBe(true);
    expect(canOpen("campaigns", ["dispatcher"])).toBe(true);
    expect(canOpen("campaigns", ["installer"])).toBe(false);
    expect(canOpen("campaigns", ["customer"])).toBe(false);
    expect(canOpen("notifications", ["manager"])).toBe(true);
    expect(canOpen("notifications", ["dispatcher"])).toBe(false);
    expect(canOpen("messageTexts", ["manager"])).toBe(true);
    expect(canOpen("messageTexts", ["dispatcher"])).toBe(false);
  });
});

describe("the menu groups pages by job", () => {
  it("groups a dispatcher's pages and leaves out groups without an allowed page", () => {
    const menu = menuFor(["dispatcher"]);
    expect(menu.flat).toBe(false);
    expect(menu.home?.key).toBe("home");
    expect(menu.groups.map((group) => group.key)).toEqual([
      "frontDesk",
      "dispatch",
      "field",
      "customers",
      "care",
      "peopleAndPay",
    ]);
  });

  it("shows connection applications at the front desk only when the tenant takes them", () => {
    const without = menuFor(["dispatcher"]);
    expect(without.groups.find((group) => group.key === "frontDesk")?.items.map((item) => item.key)).toEqual([
      "intake",
      "serviceRequests",
    ]);
    const withModule = menuFor(["dispatcher"], { connectionApplications: true });
    expect(withModule.groups.find((group) => group.key === "frontDesk")?.items.map((item) => item.key)).toEqual([
      "intake",
      "serviceRequests",
      "connectionApplications",
    ]);
    expect(canOpen("connectionApplications", ["manager"], { connectionApplications: false })).toBe(false);
    expect(canOpen("connectionApplications", ["manager"], { connectionApplications: true })).toBe(true);
    expect(canOpen("connectionApplications", ["installer"], { connectionApplications: true })).toBe(false);
    expect(pageOfPath("/connection-applications/7f0c")).toBe("connectionApplications");
    expect(navigationFor(["customer"], { connectionApplications: true }).map((item) => item.key)).toEqual([
      "myProducts",
      "myBooking",
      "myRequests",
      "myConnectionApplications",
      "myDetails",
    ]);
  });

  it("flattens a menu of fewer than seven entries", () => {
    expect(menuFor(["installer"]).flat).toBe(true);
    expect(menuFor(["partner"]).flat).toBe(true);
  });

  it("places every page but home in exactly one group", () => {
    const grouped = NAV_GROUPS.flatMap((group) => [...group.pages]);
    const pages = (Object.keys(PAGES) as PageKey[]).filter((key) => key !== "home");
    expect([...grouped].sort()).toEqual([...pages].sort());
  });

  it("finds the page of a detail path for breadcrumbs", () => {
    expect(pageOfPath("/work-orders/7f0c")).toBe("workOrders");
    expect(pageOfPath("/work-orders/rework")).toBe("reworkStats");
    expect(pageOfPath("/campaigns/7f0c/edit")).toBe("campaigns");
    expect(pageOfPath("/")).toBe("home");
    expect(pageOfPath("/nowhere")).toBeNull();
  });
});
