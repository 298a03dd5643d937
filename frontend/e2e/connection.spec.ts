import { expect, test, type Locator, type Page } from "@playwright/test";
import { clickOption } from "./support/antd";
import { connectionSetup } from "./support/connection";
import { readState } from "./support/environment";
import { signInOnKeycloak } from "./support/keycloak";
import { zh } from "./support/texts";

/** Picks an option of an antd Select found by its label, typing to narrow a long list. */
async function pick(scope: Locator, label: string, text: string): Promise<void> {
  const select = scope.getByLabel(label, { exact: true });
  await select.click();
  await select.fill(text);
  await scope
    .page()
    .locator(".ant-select-dropdown:visible .ant-select-item-option")
    .filter({ hasText: text })
    .first()
    .click();
}

/** Opens a step's dialog from the page's actions and answers its form. */
async function step(page: Page, action: string, fill: (form: Locator) => Promise<void>): Promise<void> {
  const name = zh(`connections.actions.${action}`);
  await page.getByRole("button", { name, exact: true }).click();
  const form = page.getByRole("form", { name });
  await fill(form);
  await form.getByRole("button", { name, exact: true }).click();
  await expect(form).toBeHidden();
}

test("a dispatcher takes a low-voltage application from application to connection", async ({ page }) => {
  test.setTimeout(300_000);
  const { tenants } = readState();
  const tenant = tenants.a;
  const tag = String(Math.floor(1000 + Math.random() * 9000));
  const setup = await connectionSetup(tenant, tag);

  // The module is on: the front desk lists the applications, and a new one is registered for the customer's site.
  await page.goto("/connection-applications");
  await signInOnKeycloak(page, tenant.dispatcher);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(zh("connections.title"));
  await page.getByRole("link", { name: zh("connections.create.open") }).click();
  const create = page.getByRole("form", { name: zh("connections.create.title") });
  await pick(create, zh("connections.fields.customer"), setup.customer.name);
  await expect(create).toContainText(setup.customer.address);
  await create.getByLabel(zh("connections.fields.capacity"), { exact: true }).fill("80");
  await create.getByLabel(zh("connections.fields.description"), { exact: true }).fill("新建厂房用电");
  await create.getByRole("button", { name: zh("connections.create.submit") }).click();
  await expect(page).toHaveURL(/\/connection-applications\/[0-9a-f-]{36}$/);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toContainText(setup.customer.name);
  const status = (key: string) =>
    expect(
      page
        .locator(".ant-tag")
        .filter({ hasText: zh(`connections.status.${key}`) })
        .first(),
    ).toBeVisible();
  await status("APPLIED");

  await step(page, "NOTIFY_PLAN", async (form) => {
    await form
      .getByLabel(zh("connections.fields.planText"), { exact: true })
      .fill("由 10kV 江宁 3 号线 T 接，低压 380V 供电，容量 80kVA，计量装在进线柜。");
  });
  await status("PLAN_NOTIFIED");
  await expect(page.getByRole("region", { name: zh("connections.detail.plan") })).toContainText("江宁 3 号线");

  // Every document the class needs is checked at first; the tenant's two copies are the default.
  await step(page, "SUBMIT_DESIGN", async (form) => {
    await expect(form.getByRole("checkbox", { name: zh("connections.document.LOAD_COMPOSITION") })).toBeChecked();
    await expect(form.getByRole("checkbox", { name: zh("connections.document.MAIN_EQUIPMENT_LIST") })).toBeChecked();
  });
  await status("DESIGN_REVIEW");
  await step(page, "REVIEW_DESIGN", async (form) => {
    await form.getByLabel(zh("connections.fields.opinion"), { exact: true }).fill("设计符合供电方案，同意施工。");
  });
  await status("DESIGN_APPROVED");
  await expect(page.getByRole("region", { name: zh("connections.detail.design") })).toContainText("同意施工");

  // The crew is the trained electrician; fees paid and work started today.
  await step(page, "START_CONSTRUCTION", async (form) => {
    await pick(form, zh("connections.fields.crew"), setup.crew.displayName);
  });
  await status("CONSTRUCTION");
  await expect(page.getByRole("region", { name: zh("connections.detail.construction") })).toContainText(
    setup.crew.displayName,
  );

  await step(page, "RECORD_MATERIAL", async (form) => {
    await pick(form, zh("connections.fields.material"), setup.material.name);
    await form.getByLabel(zh("connections.fields.quantity"), { exact: true }).fill("120");
  });
  const materials = page.getByRole("region", { name: zh("connections.detail.materials") });
  await expect(materials).toContainText(setup.material.name);
  await expect(materials).toContainText("120 米");

  await step(page, "INSPECT_INTERMEDIATE", async (form) => {
    await form.getByLabel(zh("connections.fields.inspector"), { exact: true }).fill("李工");
  });
  const inspections = page.getByRole("region", { name: zh("connections.detail.inspections") });
  await expect(inspections).toContainText(zh("connections.inspectionStage.INTERMEDIATE"));

  // The completion inspection fails on one item with its finding, then passes once put right.
  await step(page, "INSPECT_COMPLETION", async (form) => {
    await form.getByLabel(zh("connections.fields.inspector"), { exact: true }).fill("李工");
    await form.getByRole("switch", { name: zh("connections.inspection.passed").replace("{{index}}", "2") }).click();
    await form
      .getByLabel(zh("connections.inspection.finding").replace("{{index}}", "2"), { exact: true })
      .fill("保护定值未整定");
  });
  await expect(inspections).toContainText("保护定值未整定");
  await expect(
    inspections.locator(".ant-tag").filter({ hasText: zh("connections.inspectionResult.FAILED") }),
  ).toHaveCount(1);
  await status("CONSTRUCTION");
  await step(page, "INSPECT_COMPLETION", async (form) => {
    await form.getByLabel(zh("connections.fields.inspector"), { exact: true }).fill("李工");
  });
  await status("ACCEPTED");

  await step(page, "CONNECT", async (form) => {
    await form.getByLabel(zh("connections.fields.supplyContractNumber"), { exact: true }).fill(`GD-2026-${tag}`);
    await form.getByLabel(zh("connections.fields.meterNumber"), { exact: true }).fill(`M-${tag}`);
  });
  await status("CONNECTED");
  await expect(page.getByRole("region", { name: zh("connections.detail.connection") })).toContainText(`M-${tag}`);
  await expect(page.getByRole("button", { name: zh("connections.actions.CONNECT"), exact: true })).toHaveCount(0);

  // The timeline tells every step by name, with who took it ...
  const timeline = page.getByRole("region", { name: zh("connections.detail.timeline") });
  for (const kind of [
    "applied",
    "plan-notified",
    "design-submitted",
    "design-reviewed",
    "construction-started",
    "material-recorded",
    "inspected",
    "connected",
  ]) {
    await expect(timeline).toContainText(zh(`connections.event.${kind}`));
  }
  // ... by their name as the header shows it, not their login.
  const name = (await page.getByRole("button", { name: zh("nav.userMenu") }).textContent())?.trim() ?? "";
  expect(name).not.toBe("");
  await expect(timeline).toContainText(name);

  // Later, the header's search finds the application by its number and opens it again.
  const detail = page.url();
  const number = /CA-\d+/.exec((await heading.textContent()) ?? "")?.[0];
  expect(number).toBeDefined();
  await page.goto("/");
  const search = page.getByRole("search").getByRole("combobox", { name: zh("nav.search.label") });
  await search.pressSequentially(number ?? "", { delay: 40 });
  const hit = page.getByRole("option", { name: new RegExp(number ?? "") });
  await expect(hit).toContainText(setup.customer.name);
  await expect(hit).toContainText(zh("connections.status.CONNECTED"));
  await clickOption(hit);
  await expect(page).toHaveURL(detail);
});
