import { expect, type Page } from "@playwright/test";
import type { Login } from "./environment";

/** Fills Keycloak's own login page (English, keycloak.v2 theme). */
export async function signInOnKeycloak(page: Page, login: Login): Promise<void> {
  const username = page.getByLabel("Username or email");
  await expect(username).toBeVisible();
  await username.fill(login.username);
  await page.getByLabel("Password", { exact: true }).fill(login.password);
  await page.getByRole("button", { name: "Sign In" }).click();
}
