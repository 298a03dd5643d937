import { expect, test } from "@playwright/test";
import { readState } from "./support/environment";
import { signInOnKeycloak } from "./support/keycloak";
import { openFromMenu, signOutOfOffice } from "./support/antd";
import { zh } from "./support/texts";

test("a manager's settings change is kept and stays inside their tenant", async ({ page }) => {
  const { tenants } = readState();
  const grace = () => page.getByLabel(zh("settings.fields.dispatch.lateGraceMinutes"), { exact: true });

  // Manager A signs in through the real Keycloak login page.
  await page.goto("/settings");
  await signInOnKeycloak(page, tenants.a.manager);
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole("heading", { level: 1, name: zh("settings.title") })).toBeVisible();
  await expect(grace()).toHaveValue("15");

  await grace().fill("25");
  await page.getByRole("button", { name: zh("common.save"), exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: zh("common.saved") })).toBeVisible();

  await page.reload();
  await expect(grace()).toHaveValue("25");

  // Signing out ends the Keycloak session: the next visit shows the login page again.
  await signOutOfOffice(page);
  await signInOnKeycloak(page, tenants.b.manager);

  await openFromMenu(page, zh("nav.groups.admin"), zh("nav.settings"));
  await expect(page).toHaveURL(/\/settings$/);
  await expect(grace()).toHaveValue("15");
});
