import { expect, test } from "@playwright/test";
import { callApi, tokenOf } from "./support/api";
import { readState, type ProvisionedTenant } from "./support/environment";
import { signInOnKeycloak } from "./support/keycloak";
import { zh } from "./support/texts";

/** zh-CN text of a key with its {{variables}} filled in. */
function zhWith(key: string, values: Record<string, string>): string {
  return Object.entries(values).reduce((text, [name, value]) => text.replaceAll(`{{${name}}}`, value), zh(key));
}

interface WorkOrder {
  id: string;
  number: string;
  version: number;
  status: string;
}

interface Versioned {
  id: string;
  version: number;
}

/** A 1×1 PNG: the customer's signature on the installer's phone. */
const SIGNATURE_PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

/** Today's date in Asia/Shanghai, the tenant's zone, plus `days`. */
function shanghaiDay(days = 0): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
  const [year, month, day] = today.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/**
 * An installation the dispatcher creates and assigns, which the installer does today and the customer signs
 * (all through the API, as the work-order and booking specs drive it in the browser).
 */
async function doneAndSignedToday(tenant: ProvisionedTenant, label: string): Promise<WorkOrder> {
  const dispatcher = await tokenOf(tenant.dispatcher);
  const installer = await tokenOf(tenant.installers.qualified);
  const now = Date.now();
  let order = await callApi<WorkOrder>(dispatcher, "POST", "/api/v1/work-orders", {
    type: "INSTALLATION",
    customerId: tenant.customerId,
    description: `E2E 外包安装车载终端 ${label}`,
    tasks: {},
    appointment: { start: new Date(now + 5 * 60_000).toISOString(), end: new Date(now + 2 * 3_600_000).toISOString() },
  });
  order = await callApi<WorkOrder>(dispatcher, "POST", `/api/v1/work-orders/${order.id}/assign`, {
    version: order.version,
    leadInstallerId: tenant.installers.qualified.id,
  });
  const path = `/api/v1/work-orders/${order.id}`;
  order = await callApi<WorkOrder>(installer, "POST", `${path}/contact`, {
    version: order.version,
    note: "已电话确认地址和时间",
  });
  order = await callApi<WorkOrder>(installer, "POST", `${path}/depart`, { version: order.version });
  order = await callApi<WorkOrder>(installer, "POST", `${path}/check-in`, { version: order.version });
  order = await callApi<WorkOrder>(installer, "POST", `${path}/complete`, {
    version: order.version,
    checklist: { trialRunLeakChecked: true, hazardsFound: false },
    report: {
      faultCause: "新装机",
      solution: "安装车载终端并调试",
      partsReplaced: [{ name: "线束", quantity: 1 }],
      customerOpinion: "满意",
    },
  });
  order = await callApi<WorkOrder>(installer, "POST", `${path}/sign-off`, {
    version: order.version,
    signaturePng: SIGNATURE_PNG,
    ratings: { attitude: 5, timeliness: 5, quality: 5 },
  });
  expect(order.status).toBe("SIGNED_OFF");
  return order;
}

test("the manager drafts a partner's statement with one day of delay and one verified complaint deducted", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { tenants } = readState();
  const tenant = tenants.a;
  const manager = await tokenOf(tenant.manager);
  const suffix = Math.random().toString(36).slice(2, 8);

  // A partner with an agreement of 50.00 per unit; each delay day and each verified complaint deducts 5 %.
  const partner = await callApi<Versioned>(manager, "POST", "/api/v1/partners", {
    name: `E2E 郑州安达车载安装 ${suffix}`,
    contacts: [{ name: "赵经理", phone: "138 0000 3001", role: "项目经理" }],
    bankAccount: { accountName: "郑州安达", bank: "工商银行", accountNumber: "6222 0212 3456 7890 123" },
  });
  const agreement = await callApi<Versioned>(manager, "POST", `/api/v1/partners/${partner.id}/agreements`, {
    feePerUnit: "50.00",
    firstDay: shanghaiDay(-30),
    lastDay: shanghaiDay(30),
    delayDeductionPercentPerDay: "5.00",
    complaintDeductionPercent: "5.00",
  });

  // Two orders given to the partner: one due yesterday (done today: one day late), one due today.
  const late = await doneAndSignedToday(tenant, `${suffix} late`);
  const onTime = await doneAndSignedToday(tenant, `${suffix} on time`);
  for (const [order, dueDate] of [
    [late, shanghaiDay(-1)],
    [onTime, shanghaiDay(0)],
  ] as const) {
    const given = await callApi<Versioned>(manager, "POST", `/api/v1/partners/${partner.id}/orders`, {
      workOrderId: order.id,
      agreementId: agreement.id,
      units: 1,
      dueDate,
    });
    // The manager signs the work off (the customer signed already).
    await callApi(manager, "POST", `/api/v1/partner-orders/${given.id}/accept`, { version: given.version });
  }

  // The customer complains about the late order; the manager verifies the complaint.
  const complaint = await callApi<Versioned>(manager, "POST", "/api/v1/complaints", {
    channel: "PHONE",
    category: "ATTITUDE",
    workOrderId: late.id,
    description: "安装师傅态度差，迟到一天",
  });
  await callApi(manager, "POST", `/api/v1/complaints/${complaint.id}/verification`, {
    version: complaint.version,
    note: "电话回访属实",
  });

  // In the browser the manager drafts the statement for today.
  await page.goto(`/partners/${partner.id}?tab=statements`);
  await signInOnKeycloak(page, tenant.manager);
  await expect(page.getByRole("tab", { name: zh("partners.tabs.statements") })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  // The button carries an icon: its accessible name ends with the text.
  await page
    .getByRole("button", { name: zh("partners.statements.create") })
    .first()
    .click();
  const create = page.getByRole("form", { name: zh("partners.statements.create") });
  // antd's date pickers take typed dates once the field is left.
  const periodFrom = create.getByLabel(zh("partners.statements.periodFrom"), { exact: true });
  await periodFrom.fill(shanghaiDay(0));
  await periodFrom.press("Tab");
  const periodTo = create.getByLabel(zh("partners.statements.periodTo"), { exact: true });
  await periodTo.fill(shanghaiDay(0));
  await periodTo.press("Tab");
  await expect(periodFrom).toHaveValue(shanghaiDay(0));
  await expect(periodTo).toHaveValue(shanghaiDay(0));
  await create.getByRole("button", { name: zh("partners.statements.submit") }).click();

  await expect(page).toHaveURL(new RegExp(`/partners/${partner.id}/statements/[0-9a-f-]{36}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^PS-\d+/);
  const summary = page.getByRole("region", { name: zh("partners.statement.summary") });
  await expect(summary).toContainText(zh("partners.statementStatus.DRAFT"));
  const row = (key: string) => summary.locator(`[data-row="${key}"]`);
  // Gross: 2 units × 50.00.
  await expect(row("gross")).toContainText(zhWith("partners.statement.rows.gross", { n: "2" }));
  await expect(row("gross")).toContainText(/[¥￥]\s?100\.00/);
  // One day late: 5 % of the total fee.
  await expect(row("delay")).toContainText(zhWith("partners.statement.rows.delay", { n: "1", percent: "5" }));
  await expect(row("delay")).toContainText(/−\s?[¥￥]\s?5\.00/);
  // One verified complaint: 5 % of the total fee.
  await expect(row("complaints")).toContainText(zhWith("partners.statement.rows.complaints", { n: "1", percent: "5" }));
  await expect(row("complaints")).toContainText(/−\s?[¥￥]\s?5\.00/);
  await expect(row("damage")).toContainText(/[¥￥]\s?0\.00/);
  // Net: 100.00 − 5.00 − 5.00.
  await expect(row("net")).toContainText(/[¥￥]\s?90\.00/);

  const lines = page.getByRole("table", { name: zh("partners.statement.lines") });
  await expect(lines.getByRole("row")).toHaveCount(3);
  await expect(lines.getByRole("row").filter({ hasText: late.number })).toContainText(shanghaiDay(-1));
  await expect(page.getByRole("button", { name: zh("partners.statement.steps.confirm") })).toBeVisible();

  // The manager's home links to the drafts of all partners: this one is among them.
  await page.goto("/partners?statementStatus=DRAFT");
  const drafts = page.getByRole("table", { name: zh("partners.allStatements.caption") });
  await expect(drafts.getByRole("row").filter({ hasText: `E2E 郑州安达车载安装 ${suffix}` })).toContainText(
    zh("partners.statementStatus.DRAFT"),
  );
});
