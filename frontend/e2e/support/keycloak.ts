import { expect, type Page } from "@playwright/test";
import type { Login } from "./environment";

/** Fills Keycloak's own login page (English, keycloak.v2 theme). */
export async function signInOnKeycloak(page: Page, login: Login): Promise<void> {
  // Keycloak's username field by its stable id: its label reads "Username" or "Username or email" by realm setting.
  const username = page.locator("input#username");
  await expect(username).toBeVisible();
  await username.fill(login.username);
  await page.getByLabel("Password", { exact: true }).fill(login.password);
  await page.getByRole("button", { name: "Sign In" }).click();
}
