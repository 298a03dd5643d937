import { expect, test } from "@playwright/test";
import { callApi, tokenOf } from "./support/api";
import { readState } from "./support/environment";
import { signInOnKeycloak } from "./support/keycloak";
import { zh } from "./support/texts";

/** zh-CN text of a key with its {{variables}} filled in. */
function zhWith(key: string, values: Record<string, string>): string {
  return Object.entries(values).reduce((text, [name, value]) => text.replace(`{{${name}}}`, value), zh(key));
}

interface Trip {
  id: string;
  number: string;
  destination: string;
  firstDay: string;
}

/** Today's date in Asia/Shanghai, the tenant's zone, plus `days`. */
function shanghaiDay(days = 0): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
  const [year, month, day] = today.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

test("an installer's claim with a receipt from another city is refused at that receipt's place and not saved", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { tenants } = readState();
  const tenant = tenants.a;
  const installer = tenant.installers.qualified;

  // The office planned a trip to Suzhou for the installer (through the API: planning is not the point here).
  const managerToken = await tokenOf(tenant.manager);
  const purpose = `E2E 苏州批量安装 ${Math.random().toString(36).slice(2, 8)}`;
  const trip = await callApi<Trip>(managerToken, "POST", "/api/v1/trips", {
    personIds: [installer.id],
    destination: "苏州",
    firstDay: shanghaiDay(0),
    lastDay: shanghaiDay(2),
    workOrderIds: [],
    purpose,
  });

  // The installer claims fuel bought in Wuxi for that trip, in the browser.
  await page.goto(`/expense-claims/new?tripId=${trip.id}`);
  await signInOnKeycloak(page, installer);
  const form = page.getByRole("form", { name: zh("expenses.submit.title") });
  await expect(form).toBeVisible();
  // The trip it was opened from is chosen (antd's Select shows the chosen trip's text, not its id).
  const tripField = form
    .locator(".ant-form-item")
    .filter({ has: page.getByLabel(zh("expenses.fields.trip"), { exact: true }) });
  await expect(tripField).toContainText(`${trip.number} 苏州`);
  await expect(form).toContainText(
    zhWith("expenses.submit.rule", { destination: "苏州", from: shanghaiDay(0), to: shanghaiDay(2) }),
  );

  const receipt = form.getByRole("group", { name: zhWith("expenses.submit.receipt", { number: "1" }) });
  await receipt.getByLabel(zh("expenses.fields.category"), { exact: true }).click();
  await page
    .locator(".ant-select-dropdown:visible .ant-select-item-option")
    .filter({ hasText: zh("expenses.category.FUEL") })
    .click();
  await receipt.getByLabel(zh("expenses.fields.amount"), { exact: true }).fill("86.50");
  await expect(receipt.getByLabel(zh("expenses.fields.date"), { exact: true })).toHaveValue(shanghaiDay(0));
  const place = receipt.getByLabel(zh("expenses.fields.place"), { exact: true });
  await place.fill("无锡");
  await receipt.getByLabel(zh("expenses.fields.receiptNumber"), { exact: true }).fill(`WX-${Date.now()}`);
  await form.getByRole("button", { name: zh("expenses.submit.submit") }).click();

  // The refusal is shown next to the receipt's place, the date passes, and the page stays on the form.
  await expect(form.getByRole("alert")).toContainText(zh("expenses.submit.refused"));
  await expect(place).toHaveAttribute("aria-invalid", "true");
  await expect(place).toHaveAccessibleDescription(zhWith("expenses.problems.notDestination", { destination: "苏州" }));
  await expect(receipt.getByLabel(zh("expenses.fields.date"), { exact: true })).not.toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expect(page).toHaveURL(/\/expense-claims\/new/);

  // Nothing was saved: the trip has no claim.
  const installerToken = await tokenOf(installer);
  const claims = await callApi<{ items: unknown[] }>(installerToken, "GET", `/api/v1/expense-claims?tripId=${trip.id}`);
  expect(claims.items).toHaveLength(0);
});
