import { expect, type Page } from "@playwright/test";
import type { Login } from "./environment";

/** Fills Keycloak's own login page (English, keycloak.v2 theme). */
export async function signInOnKeycloak(page: Page, login: Login): Promise<void> {
  // "Username" (logins are not e-mail addresses in this realm; older realms said "Username or email").
  const username = page.getByLabel(/^Username/);
  await expect(username).toBeVisible();
  await username.fill(login.username);
  await page.getByLabel("Password", { exact: true }).fill(login.password);
  await page.getByRole("button", { name: "Sign In" }).click();
}
