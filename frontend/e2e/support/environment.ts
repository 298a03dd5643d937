import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const KEYCLOAK_URL = process.env.AFTERCARE_KEYCLOAK_URL ?? process.env.KEYCLOAK_URL ?? "http://127.0.0.1:8180";
export const REALM = process.env.AFTERCARE_KEYCLOAK_REALM ?? process.env.KEYCLOAK_REALM ?? "aftercare";
export const TOKEN_URL = `${KEYCLOAK_URL}/realms/${REALM}/protocol/openid-connect/token`;
/** The packaged backend the e2e run talks to; the preview server proxies /api to the same place. */
export const API_URL = process.env.E2E_API_URL ?? "http://127.0.0.1:8089";
/** The same backend's management port, where /q/health is served (never the API port). */
export const MANAGEMENT_URL = process.env.E2E_MANAGEMENT_URL ?? "http://127.0.0.1:9089";

export const STATE_FILE = fileURLToPath(new URL("../.state/tenants.json", import.meta.url));

export interface Login {
  username: string;
  password: string;
}

/** An installer the global setup created through the API, who can sign in like any person. */
export interface ProvisionedInstaller extends Login {
  id: string;
  displayName: string;
}

export interface ProvisionedTenant {
  id: string;
  slug: string;
  name: string;
  manager: Login;
  /** A dispatcher of the tenant (role dispatcher only). */
  dispatcher: Login;
  /** A customer work orders can name, found at intake by its phone. */
  customerId: string;
  customerName: string;
  /** The customer's phone as stored, e.g. "138-0000-1001". */
  customerPhone: string;
  /** A product in the catalogue, offered on the tenant's booking page (/book/<slug>). */
  productName: string;
  /** Both work 08:00–18:00, so the booking page offers slots on working days from tomorrow. */
  installers: {
    /** Holds an electrician certificate that expired before today. */
    expired: ProvisionedInstaller;
    /** Holds an electrician certificate valid for years to come. */
    qualified: ProvisionedInstaller;
  };
}

export interface E2eState {
  tenants: { a: ProvisionedTenant; b: ProvisionedTenant };
  /** A person with realm role platform-admin (platform/platform, created by make test-e2e and the demo seed). */
  platform: Login;
}

export function readState(): E2eState {
  return JSON.parse(readFileSync(STATE_FILE, "utf8")) as E2eState;
}
