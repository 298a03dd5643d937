import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import {
  API_URL,
  STATE_FILE,
  TOKEN_URL,
  type E2eState,
  type Login,
  type ProvisionedTenant,
} from "./support/environment";

const PLATFORM_CLIENT_ID = "aftercare-platform";
const PLATFORM_CLIENT_SECRET = process.env.AFTERCARE_PLATFORM_CLIENT_SECRET ?? "dev-platform-secret";
const MANAGER_PASSWORD = "E2e-manager-Passw0rd";

async function waitForBackend(): Promise<void> {
  const deadline = Date.now() + 90_000;
  let last = "";
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${API_URL}/q/health/ready`);
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`Backend at ${API_URL} is not ready (${last}); start it before the e2e tests`);
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

async function createTenant(platformToken: string, label: string): Promise<ProvisionedTenant> {
  const slug = `e2e-${label}-${randomSuffix()}`;
  const manager: Login = { username: `mgr-${slug}`, password: MANAGER_PASSWORD };
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
  return { id: tenant.id, slug: tenant.slug, name: tenant.name, manager };
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
}
