import { expect, test } from "@playwright/test";
import { callApi, tokenOf } from "./support/api";
import { enableConnections } from "./support/connection";
import { signUpAndSignIn } from "./support/customer-account";
import { readState } from "./support/environment";
import { zh } from "./support/texts";

interface MyApplication {
  number: string;
  status: string;
}

// The customer's pages are built for phones first.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true });

test("a customer applies for a connection on the phone, reads the supply plan the office sent and objects to it", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const { tenants } = readState();
  const tenant = tenants.a;
  const manager = await tokenOf(tenant.manager);
  await enableConnections(manager);
  const tag = String(Math.floor(1000 + Math.random() * 9000));
  const phone = `135-${tag}-${tag}`;
  const address = `河南省郑州市金水区花园路 ${tag} 号`;
  await callApi(manager, "POST", "/api/v1/customers", {
    kind: "PERSON",
    name: `赵磊 ${tag}`,
    phone,
    sites: [{ label: "家", address }],
  });
  await signUpAndSignIn(page, tenant.slug, manager, phone, `Geheim-${tag}-2026`);

  // The menu leads to the customer's applications; there are none yet.
  await page.getByRole("button", { name: zh("nav.openMenu") }).click();
  await page.getByRole("menuitem", { name: zh("nav.myConnectionApplications") }).click();
  await expect(page).toHaveURL(/\/my-connection-applications$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(zh("connections.my.title"));
  await expect(page.getByText(zh("connections.my.none"))).toBeVisible();

  // A new connection for the home on record: residential, 12 kVA.
  await page.getByRole("button", { name: zh("connections.my.apply") }).click();
  const form = page.getByRole("form", { name: zh("connections.my.apply") });
  await form.getByLabel(zh("connections.fields.capacity"), { exact: true }).fill("12");
  await form.getByLabel(zh("connections.my.myAddress"), { exact: true }).click();
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option").filter({ hasText: address }).click();
  await form.getByLabel(zh("connections.fields.description"), { exact: true }).fill("新房入住用电");
  await form.getByRole("button", { name: zh("connections.my.submit") }).click();
  await expect(form).toBeHidden();

  const list = await callApi<{ items: { id: string; number: string; siteAddress: string }[] }>(
    manager,
    "GET",
    "/api/v1/connection-applications?limit=100",
  );
  const application = list.items.find((item) => item.siteAddress === address);
  expect(application).toBeDefined();
  const panel = page.getByRole("button", { name: new RegExp(application!.number) });
  await expect(panel).toContainText(zh("connections.status.APPLIED"));
  await expect(page.getByText(zh("connections.my.planDue"))).toBeVisible();
  await expect(page.getByText(zh("connections.class.RESIDENTIAL")).first()).toBeVisible();

  // The office notifies the supply plan; the customer sees it with the day objections end.
  const dispatcher = await tokenOf(tenant.dispatcher);
  const read = await callApi<{ version: number }>(
    dispatcher,
    "GET",
    `/api/v1/connection-applications/${application!.id}`,
  );
  await callApi(dispatcher, "POST", `/api/v1/connection-applications/${application!.id}/plan`, {
    version: read.version,
    plan: `由花园路 ${tag} 号箱变低压出线供电，单相 220V`,
  });
  await page.reload();
  await expect(panel).toContainText(zh("connections.status.PLAN_NOTIFIED"));
  // The plan's card (its text, how long it is valid, until when to object), and the step on the history.
  await expect(page.getByText(`由花园路 ${tag} 号箱变低压出线供电，单相 220V`)).toHaveCount(2);
  // "...; object by <day>": the words between the two dates of the plan's line.
  const planDates = page.getByText(zh("connections.my.planDates").split("}}")[1]!.split("{{")[0]!);
  await expect(planDates).toBeVisible();

  // The customer objects within the month: the plan is decided again.
  await page.getByRole("button", { name: zh("connections.my.object") }).click();
  const dialog = page.getByRole("dialog", { name: zh("connections.my.object") });
  await dialog.getByLabel(zh("connections.my.objectionReason"), { exact: true }).fill("希望改为三相供电");
  await dialog.getByRole("button", { name: zh("common.save") }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(zh("connections.my.objected"))).toBeVisible();
  await expect(panel).toContainText(zh("connections.status.APPLIED"));
  await expect(planDates).toHaveCount(0);
  await expect(page.getByRole("button", { name: zh("connections.my.object") })).toHaveCount(0);

  const mine = await callApi<MyApplication>(dispatcher, "GET", `/api/v1/connection-applications/${application!.id}`);
  expect(mine.status).toBe("APPLIED");
});
