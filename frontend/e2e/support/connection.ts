import { callApi, tokenOf } from "./api";
import type { ProvisionedTenant } from "./environment";

interface Settings {
  version: number;
  connection: { enabled: boolean } & Record<string, unknown>;
}

/** Today's date in Asia/Shanghai, the tenant's zone, plus `days`. */
export function shanghaiDay(days = 0): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
  const [year, month, day] = today.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Switches the tenant's connection applications on (settings → 受理报装接电), as a manager would. */
export async function enableConnections(manager: string): Promise<void> {
  const settings = await callApi<Settings>(manager, "GET", "/api/v1/settings");
  if (settings.connection.enabled) return;
  await callApi(manager, "PUT", "/api/v1/settings", {
    ...settings,
    connection: { ...settings.connection, enabled: true },
  });
}

export interface ConnectionSetup {
  manager: string;
  customer: { id: string; name: string; address: string };
  material: { id: string; name: string };
  crew: { id: string; displayName: string };
}

/**
 * What a connection needs beyond the application: the module switched on, a customer with a site, a trained
 * installer holding an electrician certificate (the tenant's qualified one), and a domestic material.
 */
export async function connectionSetup(tenant: ProvisionedTenant, tag: string): Promise<ConnectionSetup> {
  const manager = await tokenOf(tenant.manager);
  await enableConnections(manager);
  const address = `江苏省南京市江宁区天元中路 ${tag} 号`;
  const name = `南京恒达机械厂 ${tag}`;
  const customer = await callApi<{ id: string }>(manager, "POST", "/api/v1/customers", {
    kind: "COMPANY",
    name,
    phone: `025-${tag}-${tag}`,
    sites: [{ label: "厂区", address }],
  });
  const crew = tenant.installers.qualified;
  await callApi(manager, "POST", `/api/v1/installers/${crew.id}/trainings`, {
    course: `报装施工安全培训 ${tag}`,
    trainedOn: shanghaiDay(-30),
  });
  const materialName = `E2E 国产电缆 YJV-${tag}`;
  const material = await callApi<{ id: string }>(manager, "POST", "/api/v1/catalog-items", {
    kind: "PART",
    code: `YJV-${tag}`,
    name: materialName,
    unit: "米",
    domestic: true,
    centralProcurement: false,
  });
  return {
    manager,
    customer: { id: customer.id, name, address },
    material: { id: material.id, name: materialName },
    crew: { id: crew.id, displayName: crew.displayName },
  };
}

interface Application {
  id: string;
  number: string;
  version: number;
}

/** An application driven through the whole procedure by the API, for pages that show a connected one. */
export async function connectedApplication(tenant: ProvisionedTenant, tag: string): Promise<Application> {
  const setup = await connectionSetup(tenant, tag);
  const { manager } = setup;
  const path = (id: string, step: string) => `/api/v1/connection-applications/${id}/${step}`;
  let application = await callApi<Application>(manager, "POST", "/api/v1/connection-applications", {
    customerId: setup.customer.id,
    kind: "NEW_CONNECTION",
    supplyClass: "LOW_VOLTAGE",
    capacityKva: 80,
    siteAddress: setup.customer.address,
    description: "新建厂房用电",
  });
  const step = async (name: string, body: Record<string, unknown>) => {
    application = await callApi<Application>(manager, "POST", path(application.id, name), {
      version: application.version,
      ...body,
    });
  };
  await step("plan", { plan: "由 10kV 江宁 3 号线 T 接，低压 380V 供电，容量 80kVA，计量装在进线柜。" });
  await step("design-submissions", {
    copies: 2,
    documents: [{ document: "LOAD_COMPOSITION" }, { document: "MAIN_EQUIPMENT_LIST" }],
  });
  await step("design-review", { result: "APPROVED", opinion: "设计符合供电方案，同意施工。" });
  await step("construction", {
    contractor: "OWN",
    installerIds: [setup.crew.id],
    feesPaidOn: shanghaiDay(0),
    startedOn: shanghaiDay(0),
  });
  application = await callApi<Application>(manager, "POST", path(application.id, "materials"), {
    catalogItemId: setup.material.id,
    quantity: 120,
  });
  const checklist = [
    { item: "接线与审核图纸一致", passed: true },
    { item: "接地装置合格", passed: true },
  ];
  await step("inspections", { stage: "INTERMEDIATE", inspector: "李工", checklist });
  await step("inspections", { stage: "COMPLETION", inspector: "李工", checklist });
  await step("connection", {
    supplyContractNumber: `GD-2026-${tag}`,
    contractSignedOn: shanghaiDay(0),
    meterNumber: `M-${tag}`,
  });
  return application;
}
