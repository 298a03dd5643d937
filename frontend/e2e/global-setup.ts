import { mkdir, writeFile, rm } from "node:fs/promises";
import { dirname } from "node:path";
import {
  API_URL,
  MANAGEMENT_URL,
  STATE_FILE,
  TOKEN_URL,
  type E2eState,
  type Login,
  type ProvisionedInstaller,
  type ProvisionedTenant,
} from "./support/environment";

const PLATFORM_CLIENT_ID = "aftercare-platform";
const PLATFORM_CLIENT_SECRET = process.env.AFTERCARE_PLATFORM_CLIENT_SECRET ?? "dev-platform-secret";
const MANAGER_PASSWORD = "E2e-manager-Passw0rd";
const INSTALLER_PASSWORD = "E2e-installer-Passw0rd";
const DISPATCHER_PASSWORD = "E2e-dispatcher-Passw0rd";

async function waitForBackend(): Promise<void> {
  const deadline = Date.now() + 90_000;
  let last = "";
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${MANAGEMENT_URL}/q/health/ready`);
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(
    `Backend at ${API_URL} is not ready (${MANAGEMENT_URL}/q/health/ready: ${last}); start it before the e2e tests`,
  );
}

async function token(form: Record<string, string>): Promise<string> {
  const response = await fetch(TOKEN_URL, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(form),
  });
  if (!response.ok) {
    throw new Error(`Token request to ${TOKEN_URL} failed: ${response.status} ${await response.text()}`);
  }
  return ((await response.json()) as { access_token: string }).access_token;
}

function randomSuffix(): string {
  return Math.random().toString(36).slice(2, 8).padEnd(6, "0");
}

/** A call to the API as a tenant's manager; anything but the expected status fails the setup with the answer. */
async function api<T>(managerToken: string, method: string, path: string, body: unknown, expected: number): Promise<T> {
  const response = await fetch(`${API_URL}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${managerToken}`,
      "Content-Type": "application/json",
      "Idempotency-Key": crypto.randomUUID(),
    },
    body: JSON.stringify(body),
  });
  if (response.status !== expected) {
    throw new Error(`${method} ${path} answered ${response.status}, expected ${expected}: ${await response.text()}`);
  }
  return (await response.json()) as T;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A staff account with the role installer (a real Keycloak user), its installer profile and an electrician
 * certificate: expired at the end of last year, or valid from last year for three more years.
 */
async function createInstaller(
  managerToken: string,
  slug: string,
  kind: "expired" | "qualified",
): Promise<ProvisionedInstaller> {
  const username = `${slug}.${kind === "expired" ? "exp" : "ok"}`; // logins are <tenant prefix (the slug)>.<name>
  const firstName = kind === "expired" ? "Expired" : "Qualified";
  const lastName = `Installer ${slug.split("-")[1]?.toUpperCase() ?? ""}`.trim();
  const account = await api<{ id: string }>(
    managerToken,
    "POST",
    "/api/v1/users",
    {
      username,
      email: `${username}@e2e.aftercare.test`,
      firstName,
      lastName,
      roles: ["installer"],
      password: INSTALLER_PASSWORD,
      temporaryPassword: false,
    },
    201,
  );
  const installer = await api<{ id: string; displayName: string }>(
    managerToken,
    "POST",
    "/api/v1/installers",
    {
      staffUserId: account.id,
      phone: kind === "expired" ? "+86 138 0000 0001" : "+86 138 0000 0002",
      workingHours: { start: "08:00", end: "18:00" },
      baseSalary: "4500.00",
      skills: ["空调安装"],
    },
    201,
  );
  const thisYear = new Date().getUTCFullYear();
  await api(
    managerToken,
    "POST",
    `/api/v1/installers/${installer.id}/certifications`,
    {
      type: "ELECTRICIAN",
      number: `T-${username}`,
      issuer: "上海市应急管理局",
      validFrom: kind === "expired" ? `${thisYear - 4}-01-01` : `${thisYear - 1}-01-01`,
      validTo: kind === "expired" ? `${thisYear - 1}-12-31` : isoDate(new Date(Date.UTC(thisYear + 3, 11, 31))),
    },
    201,
  );
  return { id: installer.id, displayName: installer.displayName, username, password: INSTALLER_PASSWORD };
}

/** A customer of the tenant for the work orders of the tests; the intake finds it by its phone. */
async function createCustomer(
  managerToken: string,
  label: string,
): Promise<{ customerId: string; customerName: string; customerPhone: string }> {
  const customerName = `王芳 ${label.toUpperCase()}`;
  const customerPhone = `138-0000-${label === "a" ? "1001" : "2001"}`;
  const response = await fetch(`${API_URL}/api/v1/customers`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${managerToken}`,
      "Content-Type": "application/json",
      "Idempotency-Key": crypto.randomUUID(),
    },
    body: JSON.stringify({ kind: "PERSON", name: customerName, phone: customerPhone }),
  });
  if (response.status !== 201) {
    throw new Error(`POST /api/v1/customers answered ${response.status}: ${await response.text()}`);
  }
  return { customerId: ((await response.json()) as { id: string }).id, customerName, customerPhone };
}

/** A dispatcher of the tenant (a real Keycloak user): the office person who turns bookings into work orders. */
async function createDispatcher(managerToken: string, slug: string): Promise<Login> {
  const login: Login = { username: `${slug}.dsp`, password: DISPATCHER_PASSWORD };
  await api(
    managerToken,
    "POST",
    "/api/v1/users",
    {
      username: login.username,
      email: `${login.username}@e2e.aftercare.test`,
      firstName: "Dispatcher",
      lastName: slug.split("-")[1]?.toUpperCase() ?? "",
      roles: ["dispatcher"],
      password: login.password,
      temporaryPassword: false,
    },
    201,
  );
  return login;
}

/** A product in the tenant's catalogue, which its online booking page offers. */
async function createProduct(managerToken: string, label: string): Promise<string> {
  const name = `壁挂空调 KF-35 ${label.toUpperCase()}`;
  await api(
    managerToken,
    "POST",
    "/api/v1/catalog-items",
    { kind: "PRODUCT", code: `KF-35-${label}`, name, unit: "台" },
    201,
  );
  return name;
}

async function createTenant(platformToken: string, label: string): Promise<ProvisionedTenant> {
  const slug = `e2e-${label}-${randomSuffix()}`;
  const manager: Login = { username: `${slug}.mgr`, password: MANAGER_PASSWORD };
  const response = await fetch(`${API_URL}/api/v1/platform/tenants`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${platformToken}`,
      "Content-Type": "application/json",
      "Idempotency-Key": crypto.randomUUID(),
    },
    body: JSON.stringify({
      slug,
      name: `E2E 租户 ${label.toUpperCase()} ${slug}`,
      timeZone: "Asia/Shanghai",
      locale: "zh-CN",
      currency: "CNY",
      manager: {
        username: manager.username,
        email: `${manager.username}@e2e.aftercare.test`,
        // Names given so Keycloak's profile check does not interrupt the login with a form.
        firstName: "Manager",
        lastName: label.toUpperCase(),
        password: manager.password,
        temporaryPassword: false,
      },
    }),
  });
  if (response.status !== 201) {
    throw new Error(`Creating tenant ${slug} failed: ${response.status} ${await response.text()}`);
  }
  const tenant = (await response.json()) as { id: string; slug: string; name: string };
  // The manager's own token (password grant, like a script would) provisions the tenant's installers.
  const managerToken = await token({ grant_type: "password", client_id: "aftercare-cli", scope: "openid", ...manager });
  const installers = {
    expired: await createInstaller(managerToken, slug, "expired"),
    qualified: await createInstaller(managerToken, slug, "qualified"),
  };
  const customer = await createCustomer(managerToken, label);
  const dispatcher = await createDispatcher(managerToken, slug);
  const productName = await createProduct(managerToken, label);
  return {
    id: tenant.id,
    slug: tenant.slug,
    name: tenant.name,
    manager,
    dispatcher,
    ...customer,
    productName,
    installers,
  };
}

/** The platform admin person (make test-e2e creates platform/platform in Keycloak before Playwright runs). */
async function platformPerson(): Promise<Login> {
  const login: Login = {
    username: process.env.E2E_PLATFORM_USERNAME ?? "platform",
    password: process.env.E2E_PLATFORM_PASSWORD ?? "platform",
  };
  try {
    await token({ grant_type: "password", client_id: "aftercare-cli", scope: "openid", ...login });
  } catch (error) {
    throw new Error(`the platform-admin person ${login.username} cannot log in; run the suite with make test-e2e`, {
      cause: error,
    });
  }
  return login;
}

export default async function globalSetup(): Promise<void> {
  await waitForBackend();
  const platformToken = await token({
    grant_type: "client_credentials",
    client_id: PLATFORM_CLIENT_ID,
    client_secret: PLATFORM_CLIENT_SECRET,
  });
  const state: E2eState = {
    tenants: {
      a: await createTenant(platformToken, "a"),
      b: await createTenant(platformToken, "b"),
    },
    platform: await platformPerson(),
  };
  await mkdir(dirname(STATE_FILE), { recursive: true });
  await writeFile(STATE_FILE, JSON.stringify(state, null, 2));
  // A fresh database: the visit slots of support/orders.ts start again.
  await rm(STATE_FILE.replace(/tenants\.json$/, "slots.json"), { force: true });
}
