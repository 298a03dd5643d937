import { execFileSync } from "node:child_process";
import { API_URL, TOKEN_URL, type Login } from "./environment";

/** A person's access token by the password grant (client aftercare-cli), as a script would get one. */
export async function tokenOf(login: Login): Promise<string> {
  const response = await fetch(TOKEN_URL, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "password", client_id: "aftercare-cli", scope: "openid", ...login }),
  });
  if (!response.ok) throw new Error(`Token for ${login.username} failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** A call to the API with a person's token; anything but a 2xx fails the test with the server's answer. */
export async function callApi<T>(
  token: string,
  method: "GET" | "POST" | "PUT",
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${API_URL}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      Accept: "application/json, application/problem+json",
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * One SQL statement against the e2e database as the schema owner, inside the tenant (row-level security reads
 * app.tenant_id); answers the statement's last output line. For what no API may do, such as letting time pass.
 */
export function sqlAsTenant(tenantId: string, statement: string): string {
  const output = execFileSync(
    "psql",
    [
      "-h",
      process.env.E2E_DB_HOST ?? "127.0.0.1",
      "-U",
      "aftercare_owner",
      "-d",
      process.env.E2E_DB_NAME ?? "aftercare_e2e",
      "-v",
      "ON_ERROR_STOP=1",
      "-qtA",
      "-c",
      `select set_config('app.tenant_id', '${tenantId.replace(/[^0-9a-f-]/g, "")}', false); ${statement}`,
    ],
    { encoding: "utf8", env: { ...process.env, PGPASSWORD: process.env.E2E_DB_PASSWORD ?? "aftercare_owner" } },
  );
  return output.trim().split("\n").at(-1) ?? "";
}

/**
 * Moves the deadline of the promise kept on a row (an objection, a work order…) a minute into the past, as if
 * nobody had kept it; the promise watch, which the e2e backend runs every 2 s, then breaches and escalates it.
 */
export function passPromiseDeadline(tenantId: string, table: "objection" | "work_order", id: string): void {
  const moved = sqlAsTenant(
    tenantId,
    `with moved as (update ${table} set promise_due_at = now() - interval '1 minute',
                                        promise_at_risk_at = now() - interval '2 minutes'
                    where id = '${id.replace(/[^0-9a-f-]/g, "")}' returning id)
     select count(*) from moved`,
  );
  if (moved !== "1") throw new Error(`No ${table} ${id} to move past its promise deadline`);
}
