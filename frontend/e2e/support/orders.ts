import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { callApi, tokenOf } from "./api";
import { STATE_FILE, type ProvisionedInstaller, type ProvisionedTenant } from "./environment";

export interface AssignedOrder {
  id: string;
  number: string;
  address: string;
}

export type NewOrder = AssignedOrder & { version: number };

/** Where createNewOrder puts its sites. */
export const SITE_COORDINATES = { latitude: 30.2741, longitude: 120.1551 } as const;

/** Today's date in Asia/Shanghai (the e2e tenants' zone), "2026-12-04". */
function shanghaiToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
}

const SLOTS_FILE = STATE_FILE.replace(/tenants\.json$/, "slots.json");
const SLOTS_PER_DAY = 5;

/**
 * A two-hour visit of its own for every order these helpers make in a run (kept in e2e/.state, which each run
 * starts afresh): weekdays from 30 days ahead, 08:00–18:00 Shanghai time. The same installer is assigned many of
 * them, and the server refuses overlapping visits, so no two may overlap each other, or the visits other tests
 * book around today, whatever the hour the run starts.
 */
function nextSlot(): { start: string; end: string } {
  const used = existsSync(SLOTS_FILE) ? (JSON.parse(readFileSync(SLOTS_FILE, "utf8")) as { used: number }).used : 0;
  writeFileSync(SLOTS_FILE, JSON.stringify({ used: used + 1 }));
  const day = new Date(`${shanghaiToday()}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 30);
  for (let weekdays = Math.floor(used / SLOTS_PER_DAY); ;) {
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) {
      if (weekdays === 0) break;
      weekdays -= 1;
    }
    day.setUTCDate(day.getUTCDate() + 1);
  }
  const date = day.toISOString().slice(0, 10);
  const hour = 8 + 2 * (used % SLOTS_PER_DAY);
  const at = (h: number) => `${date}T${String(h).padStart(2, "0")}:00:00+08:00`;
  return { start: at(hour), end: at(hour + 2) };
}

/**
 * An electrical installation (it needs an electrician certificate) for the tenant's customer at a new site with
 * coordinates, at a visit slot of its own (see nextSlot), not yet assigned; made through the API as the manager.
 */
export async function createNewOrder(tenant: ProvisionedTenant, label: string): Promise<NewOrder> {
  const token = await tokenOf(tenant.manager);
  const address = `杭州市西湖区文三路 ${100 + Math.floor(Math.random() * 800)} 号`;
  const site = await callApi<{ id: string }>(token, "POST", `/api/v1/customers/${tenant.customerId}/sites`, {
    label: `${label} 现场`,
    address,
    ...SITE_COORDINATES,
  });
  const order = await callApi<{ id: string; number: string; version: number }>(token, "POST", "/api/v1/work-orders", {
    type: "INSTALLATION",
    priority: "NORMAL",
    customerId: tenant.customerId,
    siteId: site.id,
    description: `${label}：安装壁挂空调并接电`,
    tasks: { electricalWork: true },
    itemsToBring: [
      { name: "膨胀螺栓", quantity: 4 },
      { name: "铜管 3 米", quantity: 1 },
    ],
    appointment: nextSlot(),
  });
  return { id: order.id, number: order.number, version: order.version, address };
}

/**
 * The same installation, assigned to the installer: the data behind the installer's job screen.
 */
export async function createAssignedOrder(
  tenant: ProvisionedTenant,
  installer: ProvisionedInstaller,
  label: string,
): Promise<AssignedOrder> {
  const order = await createNewOrder(tenant, label);
  await callApi(await tokenOf(tenant.manager), "POST", `/api/v1/work-orders/${order.id}/assign`, {
    version: order.version,
    leadInstallerId: installer.id,
  });
  return { id: order.id, number: order.number, address: order.address };
}

/** The link the tenant's map template gives for a site (as the SPA builds it: values URL-encoded). */
export async function mapLinkOf(
  tenant: ProvisionedTenant,
  site: { address: string; latitude: number; longitude: number },
): Promise<string> {
  const me = await callApi<{ tenant: { mapUrlTemplate: string } }>(await tokenOf(tenant.manager), "GET", "/api/v1/me");
  return me.tenant.mapUrlTemplate
    .replaceAll("{address}", encodeURIComponent(site.address))
    .replaceAll("{lat}", encodeURIComponent(String(site.latitude)))
    .replaceAll("{lng}", encodeURIComponent(String(site.longitude)));
}
