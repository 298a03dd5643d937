import { expect, test } from "@playwright/test";
import { openFromMenu } from "./support/antd";
import { callApi, passPromiseDeadline, tokenOf } from "./support/api";
import { readState } from "./support/environment";
import { signInOnKeycloak } from "./support/keycloak";
import { createNewOrder } from "./support/orders";
import { zh } from "./support/texts";

test("the manager opens the indicators and follows the breached on-site promises to the work orders", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { tenants } = readState();
  const tenant = tenants.a;
  const manager = await tokenOf(tenant.manager);

  // An order nobody reaches in time: its on-site deadline passes (moved into the past in the database), and the
  // promise watch, which the e2e backend runs every 2 s, marks the promise breached today.
  const order = await createNewOrder(tenant, "指标");
  passPromiseDeadline(tenant.id, "work_order", order.id);
  await expect(async () => {
    const breached = await callApi<{ items: { id: string }[] }>(
      manager,
      "GET",
      "/api/v1/work-orders?promiseStatus=BREACHED&limit=200",
    );
    expect(breached.items.map((item) => item.id)).toContain(order.id);
  }).toPass({ timeout: 30_000 });

  await page.goto("/");
  await signInOnKeycloak(page, tenant.manager);
  await openFromMenu(page, zh("nav.groups.management"), zh("nav.indicators"));
  await expect(page).toHaveURL(/\/indicators$/);
  await expect(page.getByRole("heading", { level: 1, name: zh("indicators.title") })).toBeVisible();
  await expect(
    page.getByRole("link", { name: new RegExp(`^${zh("indicators.attention.breachedInPeriod")}: [1-9]`) }),
  ).toBeVisible();

  const onSite = zh("indicators.charts.breachedOfKind").replace("{{kind}}", zh("promise.kind.ON_SITE"));
  await page
    .getByRole("navigation", { name: zh("indicators.charts.breachedByKind") })
    .getByRole("link", { name: onSite })
    .click();
  await expect(page).toHaveURL(/\/work-orders\?promiseStatus=BREACHED$/);
  await expect(page.getByRole("link", { name: order.number, exact: true })).toBeVisible();
});
