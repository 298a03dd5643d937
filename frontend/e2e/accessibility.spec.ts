import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { connectedApplication } from "./support/connection";
import { readState, type Login } from "./support/environment";
import { signInOnKeycloak } from "./support/keycloak";
import { createAssignedOrder } from "./support/orders";

/** axe-core (WCAG 2 A and AA rules) on a page once it has loaded: no serious or critical violation. */
async function expectAccessible(page: Page, what: string) {
  await page.waitForLoadState("networkidle");
  await expect(page.locator(".ant-spin-spinning")).toHaveCount(0);
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const serious = violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${what}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.nodes
          // The target, and axe's own account (for contrast: the colours and the ratio it measured).
          .map((node) => `${node.target.join(" ")} [${node.failureSummary?.replace(/\s+/g, " ") ?? ""}]`)
          .slice(0, 3)
          .join(", ")}`,
    );
  expect(serious, serious.join("\n")).toEqual([]);
}

async function visitAs(page: Page, login: Login, paths: readonly string[]) {
  await page.goto(paths[0]!);
  await signInOnKeycloak(page, login);
  for (const [index, path] of paths.entries()) {
    if (index > 0) await page.goto(path);
    await expectAccessible(page, path);
  }
}

test.describe("each role's key pages have no serious accessibility violation", () => {
  test("the manager's home, board, customers and call intake", async ({ page }) => {
    const { tenants } = readState();
    await visitAs(page, tenants.a.manager, [
      "/",
      "/work-orders",
      "/customers",
      `/customers/${tenants.a.customerId}`,
      "/intake",
    ]);
  });

  test("the dispatcher's dispatch console and promise watch", async ({ page }) => {
    const { tenants } = readState();
    await visitAs(page, tenants.a.dispatcher, ["/dispatch", "/promises"]);
  });

  test("the installer's jobs and job screen on a phone", async ({ browser }) => {
    const { tenants } = readState();
    const order = await createAssignedOrder(tenants.a, tenants.a.installers.qualified, "无障碍");
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      locale: "en-US",
    });
    const page = await context.newPage();
    await visitAs(page, tenants.a.installers.qualified, ["/jobs", `/jobs/${order.id}`]);
    await context.close();
  });

  test("the customer's public booking page", async ({ page }) => {
    const { tenants } = readState();
    await page.goto(`/book/${tenants.a.slug}`);
    await expectAccessible(page, "/book");
  });

  test("the dispatcher's connection applications and the public connection procedure", async ({ page }) => {
    const { tenants } = readState();
    const application = await connectedApplication(tenants.a, String(Math.floor(1000 + Math.random() * 9000)));
    await visitAs(page, tenants.a.dispatcher, [
      "/connection-applications",
      "/connection-applications/new",
      `/connection-applications/${application.id}`,
    ]);
    await page.goto(`/book/${tenants.a.slug}/connection`);
    await expectAccessible(page, "/book/connection");
  });

  test("the platform admin's tenants", async ({ page }) => {
    const { platform } = readState();
    await visitAs(page, platform, ["/tenants"]);
  });
});
