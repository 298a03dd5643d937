import { expect, test } from "@playwright/test";
import { readState } from "./support/environment";
import { signInOnKeycloak } from "./support/keycloak";
import { zh } from "./support/texts";

test("the platform admin opens a tenant with its first manager", async ({ page }) => {
  const { platform } = readState();
  const slug = `e2e-ui-${Math.random().toString(36).slice(2, 8)}`;
  const name = `界面开通 ${slug}`;

  await page.goto("/tenants");
  await signInOnKeycloak(page, platform);
  await expect(page.getByRole("heading", { level: 1, name: zh("tenants.title") })).toBeVisible();

  await page.getByRole("button", { name: zh("tenants.create.open") }).click();
  const form = page.getByRole("form", { name: zh("tenants.create.title") });
  const field = (key: string) => form.getByLabel(zh(key), { exact: true });
  // A filter's inner locator is matched inside each candidate, so it names the control from the page, not the form.
  const itemOf = (key: string) =>
    form.locator(".ant-form-item").filter({ has: page.getByLabel(zh(key), { exact: true }) });
  await field("tenants.fields.slug").fill(slug);
  await field("tenants.fields.name").fill(name);
  // Time zone and currency are pickers (antd Select): the chosen value shows in the control, not as typed text.
  await expect(itemOf("tenants.fields.timeZone")).toContainText("Asia/Shanghai");
  await expect(itemOf("tenants.fields.currency")).toContainText("CNY");
  await field("tenants.fields.manager.username").fill(`mgr-${slug}`);
  await field("tenants.fields.manager.email").fill(`mgr-${slug}@e2e.aftercare.test`);
  await field("tenants.fields.manager.lastName").fill("王");
  await field("tenants.fields.manager.firstName").fill("五");
  await field("tenants.fields.manager.password").fill("Manager-Passw0rd");
  await form.getByRole("button", { name: zh("tenants.create.submit") }).click();

  await expect(page.getByRole("status").filter({ hasText: name })).toBeVisible();
  // The list is oldest first and paged: the new tenant is found through the search, then suspended and resumed.
  await page
    .getByRole("search", { name: zh("tenants.filter") })
    .getByRole("searchbox", { name: zh("tenants.search") })
    .fill(slug);
  const row = page.getByRole("row").filter({ hasText: slug });
  // Wait for the search's answer (the header row and this tenant's) before acting on the row it redraws.
  await expect(page.getByRole("row")).toHaveCount(2);
  await expect(row).toContainText(name);
  await expect(row).toContainText(zh("tenants.status.ACTIVE"));
  await row.getByRole("button", { name: zh("tenants.status.suspend") }).click();
  const confirm = page.getByRole("tooltip").filter({ hasText: name });
  await confirm.getByRole("button", { name: /^停\s?用$/ }).click();
  await expect(row).toContainText(zh("tenants.status.SUSPENDED"));
  await row.getByRole("button", { name: zh("tenants.status.resume") }).click();
  await expect(row).toContainText(zh("tenants.status.ACTIVE"));
});
