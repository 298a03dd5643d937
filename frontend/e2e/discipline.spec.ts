import { expect, test } from "@playwright/test";
import { callApi, tokenOf } from "./support/api";
import { readState, type Login } from "./support/environment";
import { signInOnKeycloak } from "./support/keycloak";
import { openFromMenu } from "./support/antd";
import { zh } from "./support/texts";

/** zh-CN text of a key with its {{variables}} filled in. */
function zhWith(key: string, values: Record<string, string>): string {
  return Object.entries(values).reduce((text, [name, value]) => text.replace(`{{${name}}}`, value), zh(key));
}

interface WorkOrder {
  id: string;
  number: string;
  version: number;
  status: string;
}

interface LedgerEntry {
  id: string;
  number: string;
  kind: string;
  rule: string;
  amount?: string;
  status: string;
}

const INSTALLER_PASSWORD = "E2e-installer-Passw0rd";

/** "2026-03" in Asia/Shanghai, the tenant's zone, which the payroll page opens on. */
function currentMonthInShanghai(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit" })
    .format(new Date())
    .slice(0, 7);
}

/** A fresh installer of the tenant (Keycloak account and profile), so this test's payroll row holds only its own fine. */
async function createInstaller(managerToken: string): Promise<Login & { id: string; displayName: string }> {
  const suffix = Math.random().toString(36).slice(2, 8).padEnd(6, "0");
  const username = `late-${suffix}`;
  const account = await callApi<{ id: string; username: string }>(managerToken, "POST", "/api/v1/users", {
    username,
    email: `${username}@e2e.aftercare.test`,
    firstName: "Late",
    lastName: `Installer ${suffix.toUpperCase()}`,
    roles: ["installer"],
    password: INSTALLER_PASSWORD,
    temporaryPassword: false,
  });
  const installer = await callApi<{ id: string; displayName: string }>(managerToken, "POST", "/api/v1/installers", {
    staffUserId: account.id,
    phone: "+86 138 0000 0099",
    workingHours: { start: "08:00", end: "18:00" },
    baseSalary: "4500.00",
    skills: ["空调安装"],
  });
  // The login is the tenant's prefix and the name: the API answers it.
  return {
    id: installer.id,
    displayName: installer.displayName,
    username: account.username,
    password: INSTALLER_PASSWORD,
  };
}

test("an installer's late check-in proposes the 50.00 fine, which the manager confirms and finds in the month's payroll", async ({
  page,
}) => {
  test.setTimeout(150_000);
  const { tenants } = readState();
  const tenant = tenants.a;
  const managerToken = await tokenOf(tenant.manager);
  const installer = await createInstaller(managerToken);

  // A job whose window opened two hours ago, assigned to the installer.
  const now = Date.now();
  let order = await callApi<WorkOrder>(managerToken, "POST", "/api/v1/work-orders", {
    type: "REPAIR",
    customerId: tenant.customerId,
    description: `E2E 迟到上门 ${installer.username}`,
    tasks: {},
    appointment: { start: new Date(now - 2 * 3_600_000).toISOString(), end: new Date(now - 3_600_000).toISOString() },
  });
  order = await callApi<WorkOrder>(managerToken, "POST", `/api/v1/work-orders/${order.id}/assign`, {
    version: order.version,
    leadInstallerId: installer.id,
  });

  // The installer contacts the customer, sets off and checks in: two hours after the window opened.
  const installerToken = await tokenOf(installer);
  order = await callApi<WorkOrder>(installerToken, "POST", `/api/v1/work-orders/${order.id}/contact`, {
    version: order.version,
    note: "已与客户确认地址",
  });
  order = await callApi<WorkOrder>(installerToken, "POST", `/api/v1/work-orders/${order.id}/depart`, {
    version: order.version,
  });
  order = await callApi<WorkOrder>(installerToken, "POST", `/api/v1/work-orders/${order.id}/check-in`, {
    version: order.version,
  });
  expect(order.status).toBe("ON_SITE");

  // The late-arrival rule proposes the fine in the ledger.
  const proposed = async () =>
    (
      await callApi<{ items: LedgerEntry[] }>(
        managerToken,
        "GET",
        `/api/v1/discipline-entries?installerId=${installer.id}&rule=LATE_ARRIVAL`,
      )
    ).items;
  await expect
    .poll(async () => (await proposed()).map((entry) => `${entry.kind} ${entry.amount} ${entry.status}`))
    .toEqual(["FINE 50.00 PROPOSED"]);
  const [entry] = await proposed();

  // The manager opens the ledger, sees the proposed fine with its work order, and confirms it.
  await page.goto("/discipline");
  await signInOnKeycloak(page, tenant.manager);
  await expect(page.getByRole("heading", { level: 1, name: zh("discipline.title") })).toBeVisible();
  const ledger = page.getByRole("table", { name: zh("discipline.title") });
  const row = ledger.getByRole("row").filter({ hasText: entry!.number });
  await expect(row).toContainText(installer.displayName);
  await expect(row).toContainText(zh("discipline.kind.FINE"));
  await expect(row).toContainText("50.00");
  await expect(row).toContainText(zh("discipline.rule.LATE_ARRIVAL"));
  await expect(row).toContainText(zh("discipline.status.PROPOSED"));
  await expect(row.getByRole("link", { name: order.number })).toHaveAttribute("href", `/work-orders/${order.id}`);

  await row.getByRole("button", { name: zhWith("discipline.openEntryOf", { number: entry!.number }) }).click();
  const panel = page.getByRole("region", { name: zhWith("discipline.entryTitle", { number: entry!.number }) });
  const confirm = panel.getByRole("form", { name: zh("discipline.actions.confirm.title") });
  await confirm.getByRole("button", { name: zh("discipline.actions.confirm.submit") }).click();
  await expect(row).toContainText(zh("discipline.status.CONFIRMED"));

  // The month's payroll counts the fine in the installer's row, and the drill-down shows where it came from.
  await openFromMenu(page, zh("nav.groups.peopleAndPay"), zh("nav.payroll"));
  await expect(page).toHaveURL(/\/payroll$/);
  const month = currentMonthInShanghai();
  await expect(page.getByLabel(zh("payroll.month"), { exact: true })).toHaveValue(month);
  const sheet = page.getByRole("table", { name: zhWith("payroll.tableCaption", { month }) });
  const payRow = sheet
    .getByRole("row")
    .filter({ has: page.getByRole("button", { name: installer.displayName, exact: true }) });
  // The name is the row's header; its cells are base salary, allowances, rewards, fines, …
  const cells = payRow.getByRole("cell");
  await expect(cells.nth(0)).toHaveText(/4,500\.00/);
  await expect(cells.nth(3)).toHaveText(/^¥50\.00$/);

  await payRow.getByRole("button", { name: installer.displayName, exact: true }).click();
  const drill = page.getByRole("region", {
    name: zhWith("payroll.drillDown.title", { name: installer.displayName, month }),
  });
  const fineLine = drill.getByRole("row").filter({ hasText: entry!.number });
  await expect(fineLine).toContainText(zh("payroll.component.FINE"));
  await expect(fineLine).toContainText(zh("payroll.sourceType.DISCIPLINE_ENTRY"));
  await expect(fineLine).toContainText("50.00");
});
