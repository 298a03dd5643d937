import { expect, test, type Locator, type Page } from "@playwright/test";
import { callApi, tokenOf } from "./support/api";
import { readState, type ProvisionedTenant } from "./support/environment";
import { signInOnKeycloak } from "./support/keycloak";
import { SITE_COORDINATES } from "./support/orders";
import { zh } from "./support/texts";

interface OrderView {
  id: string;
  number: string;
  version: number;
  status: string;
  leadInstallerId?: string;
}

/** A day no other test books: about 500 days ahead, in Asia/Shanghai (the e2e tenants' zone). */
function quietDay(): string {
  const day = new Date(Date.now() + 500 * 24 * 3600 * 1000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(day);
}

/** An electrical installation (it needs an electrician certificate valid on the day) at a site with coordinates. */
async function newOrder(tenant: ProvisionedTenant, day: string, hour: number, label: string): Promise<OrderView> {
  const token = await tokenOf(tenant.manager);
  const site = await callApi<{ id: string }>(token, "POST", `/api/v1/customers/${tenant.customerId}/sites`, {
    label: `${label} ${day} ${hour}`,
    address: `杭州市西湖区文三路 ${hour * 10} 号`,
    ...SITE_COORDINATES,
  });
  const at = (h: number) => `${day}T${String(h).padStart(2, "0")}:00:00+08:00`;
  return callApi<OrderView>(token, "POST", "/api/v1/work-orders", {
    type: "INSTALLATION",
    priority: "NORMAL",
    customerId: tenant.customerId,
    siteId: site.id,
    description: `${label}：安装壁挂空调并接电`,
    tasks: { electricalWork: true },
    itemsToBring: [],
    appointment: { start: at(hour), end: at(hour + 1) },
  });
}

async function orderNow(tenant: ProvisionedTenant, id: string): Promise<OrderView> {
  const detail = await callApi<{ order: OrderView }>(await tokenOf(tenant.manager), "GET", `/api/v1/work-orders/${id}`);
  return detail.order;
}

/** Drags a card onto an installer's row at a whole hour, aiming by the timeline's hour tick. */
async function dragOnto(page: Page, card: Locator, installer: string, hour: number): Promise<void> {
  const track = page.locator(`[data-drop-target="${installer}"]`);
  const tick = page.locator(".dispatch-timeline__tick", {
    hasText: new RegExp(`^${String(hour).padStart(2, "0")}:00$`),
  });
  const [trackBox, tickBox] = [await track.boundingBox(), await tick.boundingBox()];
  if (!trackBox || !tickBox) throw new Error(`no row for ${installer} or no ${hour}:00 tick`);
  const x = tickBox.x + tickBox.width / 2 - trackBox.x + 2;
  await card.dragTo(track, {
    sourcePosition: { x: 3, y: 8 },
    targetPosition: { x, y: Math.min(20, trackBox.height / 2) },
  });
}

test("the dispatcher drags an order onto a qualified installer, is refused for one without a valid certificate, and applies an optimised day", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { tenants } = readState();
  const tenant = tenants.a;
  const { qualified, expired } = tenant.installers;
  const day = quietDay();
  const order = await newOrder(tenant, day, 10, "派工台");

  await page.goto("/");
  await signInOnKeycloak(page, tenant.dispatcher);
  await page.goto(`/dispatch?day=${day}`);
  await expect(page.getByRole("heading", { level: 1, name: zh("dispatch.console.title") })).toBeVisible();
  const queued = page.locator(`.dispatch-queue [data-order="${order.number}"]`);
  await expect(queued).toBeVisible();

  // Onto the installer with a valid electrician certificate: assigned at the same time.
  await dragOnto(page, queued, qualified.displayName, 10);
  await expect
    .poll(async () => (await orderNow(tenant, order.id)).leadInstallerId, { timeout: 15_000 })
    .toBe(qualified.id);
  const onRow = page.locator(`[data-drop-target="${qualified.displayName}"] [data-order="${order.number}"]`);
  await expect(onRow).toBeVisible();
  const assigned = await orderNow(tenant, order.id);

  // Onto the installer whose certificate expired: refused with the reason in words, and nothing changes.
  await dragOnto(page, onRow, expired.displayName, 10);
  const refusal = page.getByRole("alert").filter({ hasText: expired.displayName });
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText(order.number);
  const after = await orderNow(tenant, order.id);
  expect(after.leadInstallerId).toBe(qualified.id);
  expect(after.version).toBe(assigned.version);
  await expect(onRow).toBeVisible();

  // A second order the same afternoon: "optimise the day" proposes it for the qualified installer, and applying it
  // assigns it through the same action.
  const second = await newOrder(tenant, day, 14, "优化");
  await page.getByRole("button", { name: zh("dispatch.console.refresh") }).click();
  await expect(page.locator(`.dispatch-queue [data-order="${second.number}"]`)).toBeVisible();
  await page.getByRole("button", { name: zh("dispatch.console.optimise.open") }).click();
  const drawer = page.getByRole("dialog");
  await drawer.getByRole("button", { name: zh("dispatch.console.optimise.start") }).click();
  const apply = drawer.getByRole("button", { name: /^应用所选（[1-9]\d*）$/ });
  await expect(apply).toBeVisible({ timeout: 60_000 });
  await expect(drawer.getByRole("row").filter({ hasText: second.number })).toBeVisible();
  await apply.click();
  await expect
    .poll(async () => (await orderNow(tenant, second.id)).leadInstallerId, { timeout: 15_000 })
    .toBe(qualified.id);
  expect((await orderNow(tenant, second.id)).status).toBe("ASSIGNED");

  // The week: the installer's row, with the order on its day.
  await page.keyboard.press("Escape");
  await expect(page.locator(".ant-drawer-open")).toHaveCount(0);
  await page.getByRole("search").getByText(zh("dispatch.console.modes.week"), { exact: true }).click();
  const week = page.getByRole("region", { name: zh("dispatch.console.week.label") });
  const installerWeek = week.locator(`tr[data-installer="${qualified.displayName}"]`);
  await expect(installerWeek).toBeVisible();
  await expect(installerWeek.locator(`td[data-day="${day}"] [data-order="${order.number}"]`)).toBeVisible();
});
