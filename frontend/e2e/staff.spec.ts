import { expect, test } from "@playwright/test";
import { readState } from "./support/environment";
import { signInOnKeycloak } from "./support/keycloak";
import { zh } from "./support/texts";

test("a manager creates an installer account and disables it", async ({ page }) => {
  const { tenants } = readState();
  const username = `inst-${Math.random().toString(36).slice(2, 8)}`;
  // The login is the tenant's prefix (its slug here) and the name typed in the form.
  const login = `${tenants.a.slug}.${username}`;

  await page.goto("/staff");
  await signInOnKeycloak(page, tenants.a.manager);
  await expect(page.getByRole("heading", { level: 1, name: zh("staff.title") })).toBeVisible();

  await page.getByRole("button", { name: zh("staff.create.open") }).click();
  const form = page.getByRole("form", { name: zh("staff.create.title") });
  await form.getByLabel(zh("staff.fields.username"), { exact: true }).fill(username);
  await form.getByLabel(zh("staff.fields.email"), { exact: true }).fill(`${username}@e2e.aftercare.test`);
  await form.getByLabel(zh("staff.fields.lastName"), { exact: true }).fill("张");
  await form.getByLabel(zh("staff.fields.firstName"), { exact: true }).fill("三");
  await form.getByLabel(zh("staff.fields.password"), { exact: true }).fill("Installer-Passw0rd");
  await form.getByRole("button", { name: zh("staff.create.submit") }).click();

  // The success message names the new login.
  await expect(page.getByText(zh("staff.create.done").replace("{{username}}", login))).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: login });
  await expect(row).toContainText(zh("roles.installer"));

  await row.getByRole("button", { name: zh("staff.actions.disableUser").replace("{{username}}", login) }).click();
  await expect(row).toContainText(zh("staff.disabled"));
});
