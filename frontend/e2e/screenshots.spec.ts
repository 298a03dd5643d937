import { expect, test, type Browser, type Page } from "@playwright/test";
import { copyFileSync, mkdirSync } from "node:fs";
import { callApi, tokenOf } from "./support/api";
import { connectedApplication } from "./support/connection";
import { readState, type Login, type ProvisionedTenant } from "./support/environment";
import { signInOnKeycloak } from "./support/keycloak";
import { createAssignedOrder, type AssignedOrder } from "./support/orders";

/** A launched maintenance campaign of one customer, and that customer's personal link (as its SMS carries it). */
async function launchedCampaign(tenant: ProvisionedTenant): Promise<{ id: string; linkPath: string }> {
  const manager = await tokenOf(tenant.manager);
  const tag = String(Math.floor(1000 + Math.random() * 9000));
  const phone = `135-${tag}-${tag}`;
  const product = await callApi<{ id: string }>(manager, "POST", "/api/v1/catalog-items", {
    kind: "PRODUCT",
    code: `KF-72-${tag}`,
    name: `柜式空调 KF-72 ${tag}`,
    unit: "台",
    warranty: { months: 36, covers: "整机及压缩机" },
  });
  const customer = await callApi<{ id: string }>(manager, "POST", "/api/v1/customers", {
    kind: "PERSON",
    name: `陈静 ${tag}`,
    phone,
    sites: [{ label: "家", address: `浙江省杭州市上城区解放路 ${tag} 号` }],
  });
  await callApi(manager, "POST", "/api/v1/assets", {
    customerId: customer.id,
    productId: product.id,
    serialNumber: `KF72-${tag}`,
    installDate: new Date(Date.now() - 400 * 86_400_000).toISOString().slice(0, 10),
  });
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const draft = await callApi<{ id: string; version: number }>(manager, "POST", "/api/v1/campaigns", {
    name: "冬季免费保养月",
    kind: "MAINTENANCE",
    channel: "SMS",
    segment: { productId: product.id },
    visitsFrom: tomorrow,
    visitsUntil: until,
    slotCapacity: 2,
    quietFrom: "21:00",
    quietUntil: "08:00",
  });
  await callApi(manager, "POST", `/api/v1/campaigns/${draft.id}/launch`, { version: draft.version });
  const outbox = await callApi<{ items: { template: string; recipient: string; body: string }[] }>(
    manager,
    "GET",
    "/api/v1/notifications?channel=SMS&audience=CUSTOMER&limit=100",
  );
  const sms = outbox.items.find((item) => item.template === "CAMPAIGN" && item.recipient.endsWith(`${tag}-${tag}`));
  const linkPath = /\/c\/[a-z0-9-]+\/[0-9a-f]{32}/.exec(sms?.body ?? "")?.[0];
  if (!linkPath) throw new Error(`No campaign SMS to ${phone}`);
  return { id: draft.id, linkPath };
}

/**
 * `make screenshots`: the nine key screens in zh-CN and en, on a desktop and a phone, into
 * .local/screenshots/<language>-<device>/<screen>.png; the README's two are copied to frontend/docs/.
 */
const OUT = `${process.env.LOCAL_DIR ?? "../.local"}/screenshots`;
const DEVICES = {
  desktop: { viewport: { width: 1440, height: 900 }, isMobile: false },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, deviceScaleFactor: 2 },
} as const;
const LANGUAGES = ["zh-CN", "en"] as const;
const README = [
  ["zh-CN-desktop/02-work-order-board.png", "docs/screenshot-board-zh.png"],
  ["zh-CN-phone/07-installer-job.png", "docs/screenshot-job-phone-zh.png"],
  ["zh-CN-desktop/05-dispatch.png", "docs/screenshot-dispatch-zh.png"],
] as const;

async function signedIn(browser: Browser, device: keyof typeof DEVICES, language: string, login: Login, path: string) {
  const context = await browser.newContext({ ...DEVICES[device], locale: "en-US", timezoneId: "Asia/Shanghai" });
  await context.addInitScript((lang) => window.localStorage.setItem("aftercare.language", lang), language);
  const page = await context.newPage();
  await page.goto(path);
  await signInOnKeycloak(page, login);
  return page;
}

async function shoot(page: Page, dir: string, name: string) {
  await page.waitForLoadState("networkidle");
  await expect(page.locator(".ant-spin-spinning")).toHaveCount(0);
  await page.screenshot({ path: `${OUT}/${dir}/${name}.png`, fullPage: false });
}

test("@screenshots the key screens in both languages, desktop and phone", async ({ browser }) => {
  test.setTimeout(600_000);
  const { tenants } = readState();
  const tenant = tenants.a;
  const order: AssignedOrder = await createAssignedOrder(tenant, tenant.installers.qualified, "截图");
  // The dispatch console on the day of that order, so the timeline has a job on it.
  const { order: view } = await callApi<{ order: { appointment: { start: string } } }>(
    await tokenOf(tenant.manager),
    "GET",
    `/api/v1/work-orders/${order.id}`,
  );
  const orderDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(
    new Date(view.appointment.start),
  );
  const campaign = await launchedCampaign(tenant);
  const connection = await connectedApplication(tenant, String(Math.floor(1000 + Math.random() * 9000)));

  for (const language of LANGUAGES) {
    for (const device of Object.keys(DEVICES) as (keyof typeof DEVICES)[]) {
      const dir = `${language}-${device}`;
      mkdirSync(`${OUT}/${dir}`, { recursive: true });

      const office = await signedIn(browser, device, language, tenant.manager, "/");
      await shoot(office, dir, "01-manager-home");
      for (const [name, path] of [
        ["02-work-order-board", "/work-orders"],
        ["03-work-order-detail", `/work-orders/${order.id}`],
        ["04-call-intake", "/intake"],
        ["05-dispatch", `/dispatch?day=${orderDay}`],
        ["05-dispatch-week", `/dispatch?day=${orderDay}&view=week`],
        ["06-customer", `/customers/${tenant.customerId}`],
        ["09-indicators", "/indicators"],
        ["11-customer-accounts", "/customer-accounts"],
        ["12-campaign", `/campaigns/${campaign.id}`],
        ["14-connection", `/connection-applications/${connection.id}`],
      ] as const) {
        await office.goto(path);
        await shoot(office, dir, name);
      }
      await office.context().close();

      const installer = await signedIn(browser, device, language, tenant.installers.qualified, `/jobs/${order.id}`);
      await shoot(installer, dir, "07-installer-job");
      await installer.context().close();

      const context = await browser.newContext({ ...DEVICES[device], locale: "en-US", timezoneId: "Asia/Shanghai" });
      await context.addInitScript((lang) => window.localStorage.setItem("aftercare.language", lang), language);
      const booking = await context.newPage();
      await booking.goto(`/book/${tenant.slug}`);
      await shoot(booking, dir, "08-public-booking");
      await booking.goto(`/sign-up/${tenant.slug}`);
      await shoot(booking, dir, "10-customer-sign-up");
      await booking.goto(campaign.linkPath);
      await shoot(booking, dir, "13-campaign-link");
      await context.close();
    }
  }
  mkdirSync("docs", { recursive: true });
  for (const [from, to] of README) copyFileSync(`${OUT}/${from}`, to);
});
