import { expect, test } from "@playwright/test";
import { clickOption } from "./support/antd";
import { readState } from "./support/environment";
import { signInOnKeycloak } from "./support/keycloak";
import { createAssignedOrder } from "./support/orders";
import { zh } from "./support/texts";

test("the header's search finds an order by the caller's phone, typed as digits, and opens it", async ({ page }) => {
  const { tenants } = readState();
  const tenant = tenants.a;
  const order = await createAssignedOrder(tenant, tenant.installers.qualified, "E2E 搜索");

  await page.goto("/");
  await signInOnKeycloak(page, tenant.manager);
  const search = page.getByRole("search").getByRole("combobox", { name: zh("nav.search.label") });
  await expect(search).toBeVisible();
  // The caller reads the number out; the dispatcher types only digits, without the dashes it is stored with.
  const digits = tenant.customerPhone.replace(/\D/g, "");
  // Hits for a half-typed number may show first; pick from the answer to the whole number.
  const answered = page.waitForResponse(
    (response) => response.url().includes("/api/v1/search") && new URL(response.url()).searchParams.get("q") === digits,
  );
  await search.pressSequentially(digits, { delay: 40 });
  await answered;
  const hit = page.getByRole("option", { name: new RegExp(order.number) });
  await expect(hit).toContainText(tenant.customerName);
  await clickOption(hit);
  await expect(page).toHaveURL(new RegExp(`/work-orders/${order.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(order.number);
});
