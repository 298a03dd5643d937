import { expect, test } from "@playwright/test";
import { readState } from "./support/environment";
import { signInOnKeycloak } from "./support/keycloak";
import { openFromMenu } from "./support/antd";
import { zh } from "./support/texts";

test("a manager creates an integration client, sees its secret once and revokes it", async ({ page, request }) => {
  const { tenants } = readState();
  const name = `E2E 订单同步 ${Math.random().toString(36).slice(2, 8)}`;

  await page.goto("/");
  await signInOnKeycloak(page, tenants.a.manager);
  await openFromMenu(page, zh("nav.groups.admin"), zh("nav.integrations"));
  await expect(page).toHaveURL(/\/integrations$/);
  await expect(page.getByRole("heading", { level: 1, name: zh("integrations.title") })).toBeVisible();

  await page.getByRole("button", { name: zh("integrations.create.open") }).click();
  const form = page.getByRole("form", { name: zh("integrations.create.title") });
  await form.getByLabel(zh("integrations.fields.name"), { exact: true }).fill(name);
  await form.getByRole("button", { name: zh("integrations.create.submit") }).click();

  const panel = page.getByRole("region", { name: zh("integrations.created.title").replace("{{name}}", name) });
  await expect(panel.getByRole("alert")).toContainText(zh("integrations.created.warning"));
  const clientId = await panel.getByLabel(zh("integrations.fields.clientId"), { exact: true }).inputValue();
  const secret = await panel.getByLabel(zh("integrations.fields.clientSecret"), { exact: true }).inputValue();
  const tokenUrl = await panel.getByLabel(zh("integrations.fields.tokenUrl"), { exact: true }).inputValue();
  expect(clientId).toMatch(/^int-/);
  expect(secret.length).toBeGreaterThanOrEqual(16);
  const row = page.getByRole("row").filter({ hasText: clientId });
  await expect(row).toContainText(name);
  await expect(row).toContainText(tenants.a.manager.username);

  // The credentials shown are real: the identity provider issues a token for them.
  const granted = await request.post(tokenUrl, {
    form: { grant_type: "client_credentials", client_id: clientId, client_secret: secret },
  });
  expect(granted.status()).toBe(200);

  // Once dismissed, and after a reload, the secret is nowhere on the page: the API never returns it again.
  await panel.getByRole("button", { name: zh("integrations.created.done") }).click();
  await expect(panel).toBeHidden();
  await page.reload();
  await expect(row).toBeVisible();
  expect(await page.content()).not.toContain(secret);

  await row.getByRole("button", { name: zh("integrations.actions.revokeClient").replace("{{name}}", name) }).click();
  // antd's confirmation popover names the client id before anything is revoked.
  const confirm = page.getByRole("tooltip").filter({ hasText: clientId });
  await confirm.getByRole("button", { name: zh("integrations.actions.revoke"), exact: true }).click();
  await expect(row).toBeHidden();
  const refused = await request.post(tokenUrl, {
    form: { grant_type: "client_credentials", client_id: clientId, client_secret: secret },
  });
  // Keycloak answers invalid_client for a client that no longer exists.
  expect([400, 401]).toContain(refused.status());
});
