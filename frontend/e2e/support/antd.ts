import { expect, type Locator, type Page } from "@playwright/test";
import { zh } from "./texts";

/**
 * Chooses an antd radio as a person does: by tapping its label (antd draws the choice over a hidden input that
 * takes no pointer events), then checks that the choice took.
 */
export async function choose(radio: Locator): Promise<void> {
  await radio.locator("xpath=ancestor::label[1]").click();
  await expect(radio).toBeChecked();
}

/**
 * Opens a page from the office's main menu as a person does: the page's group (e.g. 设置与管理) is unfolded first
 * when its link is not shown yet.
 */
export async function openFromMenu(page: Page, groupText: string, linkText: string): Promise<void> {
  const menu = page.getByRole("navigation", { name: zh("nav.main") });
  const link = menu.getByRole("link", { name: linkText, exact: true });
  if (!(await link.isVisible())) await menu.getByRole("menuitem", { name: groupText }).first().click();
  await link.click();
}

/** Signs out as a person does in the office: the account menu in the header, then its sign-out entry. */
export async function signOutOfOffice(page: Page): Promise<void> {
  await page.getByRole("button", { name: zh("nav.userMenu") }).click();
  await page.getByRole("menuitem", { name: zh("nav.signOut") }).click();
}

/**
 * Clicks an option of an antd drop-down once the drop-down has finished sliding in: on a busy machine Playwright can
 * see the option still for two frames mid-animation, and the click then lands beside it where it comes to rest.
 */
export async function clickOption(option: Locator): Promise<void> {
  await option.evaluate((element) =>
    Promise.all(
      (element.closest(".ant-select-dropdown") ?? element).getAnimations({ subtree: true }).map((a) => a.finished),
    ),
  );
  await option.click();
}
