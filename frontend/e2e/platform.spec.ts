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
  await field("tenants.fields.slug").fill(slug);
  await field("tenants.fields.name").fill(name);
  await expect(field("tenants.fields.timeZone")).toHaveValue("Asia/Shanghai");
  await field("tenants.fields.manager.username").fill(`mgr-${slug}`);
  await field("tenants.fields.manager.email").fill(`mgr-${slug}@e2e.aftercare.test`);
  await field("tenants.fields.manager.lastName").fill("王");
  await field("tenants.fields.manager.firstName").fill("五");
  await field("tenants.fields.manager.password").fill("Manager-Passw0rd");
  await form.getByRole("button", { name: zh("tenants.create.submit") }).click();

  await expect(page.getByRole("status").filter({ hasText: name })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: slug })).toContainText(name);
});
