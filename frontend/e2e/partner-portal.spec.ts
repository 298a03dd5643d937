import { expect, test } from "@playwright/test";
import { callApi, tokenOf } from "./support/api";
import type { Login } from "./support/environment";
import { readState } from "./support/environment";
import { signInOnKeycloak } from "./support/keycloak";
import { createNewOrder } from "./support/orders";
import { zh } from "./support/texts";

/** zh-CN text of a key with its {{variables}} filled in. */
function zhWith(key: string, values: Record<string, string>): string {
  return Object.entries(values).reduce((text, [name, value]) => text.replaceAll(`{{${name}}}`, value), zh(key));
}

/** A button's name as antd shows it: a two-character Chinese label may get a space between its characters. */
function buttonName(text: string): RegExp {
  return new RegExp(`^${[...text].map((char) => char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s?")}$`);
}

/** Today's date in Asia/Shanghai, the tenant's zone, plus `days`. */
function shanghaiDay(days = 0): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
  const [year, month, day] = today.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** A 1×1 PNG, the photo the partner's installer "takes" of the finished work. */
const PHOTO_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);
const PHOTO_NAME = "e2e-partner-done.png";

interface PartnerJob {
  taken: boolean;
  reportedDoneAt?: string;
  doneNote?: string;
  donePhotoIds: string[];
}

// The partner's staff work on a phone.
test.use({ viewport: { width: 390, height: 844 } });

test("a partner's staff member accepts a job on the phone and reports it done with a photo", async ({ page }) => {
  test.setTimeout(180_000);
  const { tenants } = readState();
  const tenant = tenants.a;
  const manager = await tokenOf(tenant.manager);
  const suffix = Math.random().toString(36).slice(2, 8).padEnd(6, "0");

  // The manager sets up a partner with an agreement and gives it a new installation.
  const partner = await callApi<{ id: string }>(manager, "POST", "/api/v1/partners", {
    name: `E2E 合作方门户 ${suffix}`,
    contacts: [{ name: "赵经理", phone: "138 0000 3002", role: "项目经理" }],
  });
  const agreement = await callApi<{ id: string }>(manager, "POST", `/api/v1/partners/${partner.id}/agreements`, {
    feePerUnit: "50.00",
    firstDay: shanghaiDay(-30),
    lastDay: shanghaiDay(90),
    delayDeductionPercentPerDay: "5.00",
    complaintDeductionPercent: "5.00",
  });
  const order = await createNewOrder(tenant, `E2E 合作方 ${suffix}`);
  await callApi(manager, "POST", `/api/v1/partners/${partner.id}/orders`, {
    workOrderId: order.id,
    agreementId: agreement.id,
    units: 1,
    dueDate: shanghaiDay(45),
  });

  // A login of the partner's own: a staff account with the role partner, linked to the partner.
  const staff: Login = { username: `${tenant.slug}.ptn-${suffix}`, password: "E2e-partner-Passw0rd" };
  const account = await callApi<{ id: string }>(manager, "POST", "/api/v1/users", {
    username: staff.username,
    email: `${staff.username}@e2e.aftercare.test`,
    // Names given so Keycloak's profile check does not interrupt the login with a form.
    firstName: "Partner",
    lastName: suffix.toUpperCase(),
    roles: ["partner"],
    password: staff.password,
    temporaryPassword: false,
  });
  await callApi(manager, "POST", `/api/v1/partners/${partner.id}/staff`, { staffUserId: account.id });

  await page.goto("/partner/orders");
  await signInOnKeycloak(page, staff);
  await expect(page.getByRole("heading", { level: 1, name: zh("partnerPortal.orders.title") })).toBeVisible();
  const job = page.getByRole("article", { name: order.number, exact: true });
  await expect(job).toContainText(order.address);
  await expect(job).toContainText(zh("partnerPortal.orders.stage.open"));

  // Accepting asks for a confirmation that names the job.
  await job.getByRole("button", { name: buttonName(zh("partnerPortal.orders.accept")) }).click();
  const confirm = page.getByRole("tooltip").filter({ hasText: order.number });
  await confirm.getByRole("button", { name: buttonName(zh("partnerPortal.orders.accept")) }).click();
  await expect(job).toContainText(zh("partnerPortal.orders.stage.taken"));

  // The photo is taken with the camera input and uploads at once; its thumbnail shows.
  const report = job.getByRole("form", { name: zhWith("partnerPortal.report.formFor", { number: order.number }) });
  await report
    .getByLabel(zh("partnerPortal.report.takePhoto"), { exact: true })
    .setInputFiles({ name: PHOTO_NAME, mimeType: "image/png", buffer: PHOTO_PNG });
  await expect(report.getByRole("status")).toHaveText(zhWith("attachments.summary", { done: "1", total: "1" }));
  await expect(report.getByRole("img", { name: PHOTO_NAME })).toBeVisible();
  await report.getByLabel(zh("partnerPortal.report.note"), { exact: true }).fill("终端已安装并上线");
  await report.getByRole("button", { name: buttonName(zh("partnerPortal.report.submit")) }).click();

  await expect(job).toContainText(zh("partnerPortal.orders.stage.reported"));
  await expect(job).toContainText("终端已安装并上线");
  await expect(job.getByRole("form")).toHaveCount(0);

  // The server keeps the report with the uploaded photo.
  const reported = await callApi<PartnerJob>(await tokenOf(staff), "GET", `/api/v1/partner/orders/${order.id}`);
  expect(reported).toMatchObject({ taken: true, doneNote: "终端已安装并上线" });
  expect(reported.reportedDoneAt).toBeTruthy();
  expect(reported.donePhotoIds).toHaveLength(1);
});
