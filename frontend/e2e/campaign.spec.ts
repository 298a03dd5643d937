import { expect, test } from "@playwright/test";
import { callApi, tokenOf } from "./support/api";
import { choose } from "./support/antd";
import { smsTo } from "./support/customer-account";
import { readState } from "./support/environment";
import { signInOnKeycloak } from "./support/keycloak";
import { zh } from "./support/texts";

/** zh-CN text of a key with its {{variables}} filled in. */
function zhWith(key: string, values: Record<string, string | number>): string {
  return Object.entries(values).reduce((text, [name, value]) => text.replace(`{{${name}}}`, String(value)), zh(key));
}

/** Today's date in Asia/Shanghai, the tenant's zone, plus `days`. */
function shanghaiDay(days: number): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
  const [year, month, day] = today.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** antd spaces out a two-character Chinese button label ("启 动"). */
const buttonText = (text: string) => new RegExp(`^${[...text].join("\\s*")}$`);

test("a manager creates and launches a maintenance campaign, the customer books from the SMS link on the phone, and the funnel counts the booking", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const { tenants } = readState();
  const tenant = tenants.a;
  const manager = await tokenOf(tenant.manager);
  const tag = String(Math.floor(1000 + Math.random() * 9000));
  const phone = `136-${tag}-${tag}`;
  const customerName = `周婷 ${tag}`;
  const campaignName = `E2E 冬季免费保养 ${tag}`;

  // The office's records: a product of its own, so the campaign's segment is this one customer who owns it.
  const productName = `E2E 燃气热水器 JSQ-${tag}`;
  const product = await callApi<{ id: string }>(manager, "POST", "/api/v1/catalog-items", {
    kind: "PRODUCT",
    code: `JSQ-${tag}`,
    name: productName,
    unit: "台",
    warranty: { months: 24, covers: "整机", outOfWarrantyFee: "80.00" },
  });
  const customer = await callApi<{ id: string }>(manager, "POST", "/api/v1/customers", {
    kind: "PERSON",
    name: customerName,
    phone,
    sites: [{ label: "家", address: `浙江省杭州市拱墅区湖墅南路 ${tag} 号` }],
  });
  await callApi(manager, "POST", "/api/v1/assets", {
    customerId: customer.id,
    productId: product.id,
    serialNumber: `JSQ-${tag}-0001`,
    installDate: shanghaiDay(-200),
  });

  // The manager defines the campaign in the form: the product by name, with the live count of whom it reaches.
  await page.goto("/campaigns/new");
  await signInOnKeycloak(page, tenant.manager);
  const form = page.getByRole("form", { name: zh("campaigns.create.title") });
  await form.getByLabel(zh("campaigns.fields.name"), { exact: true }).fill(campaignName);
  const productSelect = form.getByLabel(zh("campaigns.fields.product"), { exact: true });
  await productSelect.click();
  // The list is long and virtual: typing narrows it to the product.
  await productSelect.fill(productName);
  await page.locator(".ant-select-item-option").filter({ hasText: productName }).click();
  const audience = form.getByRole("region", { name: zh("campaigns.form.sections.audience") });
  await expect(audience.getByRole("status")).toContainText(
    zhWith("campaigns.audience.reaches.SMS", { customers: 1, optedOut: 0, unreachable: 0 }),
  );
  // What the customer will read, with the SMS count.
  const message = form.getByRole("group", { name: zh("campaigns.form.message.language.zh") });
  await expect(message).toContainText("王芳您好");
  await form.getByRole("button", { name: zh("campaigns.create.submit") }).click();

  // The draft's page: launched after a confirmation that names its audience.
  await expect(page).toHaveURL(/\/campaigns\/[0-9a-f-]{36}$/);
  const campaignId = page.url().split("/").at(-1)!;
  await expect(page.getByRole("heading", { level: 1 })).toContainText(campaignName);
  // The page's own header sits in the main region (the app's header is the banner).
  await page
    .getByRole("main")
    .getByRole("button", { name: buttonText(zh("campaigns.actions.launch")) })
    .click();
  const confirm = page.getByRole("tooltip");
  await expect(confirm).toContainText(zhWith("campaigns.actions.launchConfirm", { name: campaignName, customers: 1 }));
  await confirm.getByRole("button", { name: buttonText(zh("campaigns.actions.launch")) }).click();
  await expect(page.getByText(/已启动：1 条消息正在发送/)).toBeVisible();
  const facts = page.getByRole("region", { name: zh("campaigns.detail.facts") });
  await expect(page.getByRole("heading", { level: 1 }).locator("..")).toContainText(zh("campaigns.status.LAUNCHED"));
  await expect(facts).toContainText(productName);

  // The customer's personal link, as the SMS carries it, read from the tenant's outbox as the manager.
  const sms = await smsTo(manager, phone, "CAMPAIGN");
  expect(sms).toContain(customerName);
  const linkPath = /\/c\/[a-z0-9-]+\/[0-9a-f]{32}/.exec(sms)?.[0] ?? "";
  expect(linkPath).not.toBe("");

  // The customer opens it on a phone, without an account, and books the visit.
  const phoneContext = await browser.newContext({
    baseURL: testInfo.project.use.baseURL!,
    locale: "en-US",
    extraHTTPHeaders: { "Accept-Language": "en-US,en;q=0.9" },
    timezoneId: "Asia/Shanghai",
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const mobile = await phoneContext.newPage();
    await mobile.goto(linkPath);
    await expect(mobile.getByRole("heading", { level: 1 })).toHaveText(campaignName);
    await expect(mobile.getByText(zhWith("booking.campaign.greeting", { name: customerName }))).toBeVisible();
    const booking = mobile.getByRole("form", { name: zh("booking.campaign.form") });
    await expect(booking.getByRole("region", { name: zh("booking.campaign.products") })).toContainText(productName);
    const days = booking.getByRole("radiogroup", { name: zh("booking.slots.day") });
    await choose(days.getByRole("radio").first());
    await choose(
      booking
        .getByRole("radiogroup", { name: /的时间段$/ })
        .getByRole("radio")
        .first(),
    );
    await booking.getByLabel(zh("booking.campaign.note"), { exact: true }).fill("热水器在厨房阳台");
    expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await booking.getByRole("button", { name: zh("booking.campaign.submit") }).click();
    const receipt = mobile.getByRole("region", { name: zh("booking.receipt.title") });
    await expect(receipt).toBeVisible();
    await expect(receipt.getByText(/^SR-\d+$/)).toBeVisible();
    const requestNumber = (await receipt.getByText(/^SR-\d+$/).textContent())!;

    // Opened again, the link shows the visit booked instead of the form.
    await mobile.reload();
    const booked = mobile.getByRole("region", { name: zh("booking.campaign.bookedTitle") });
    await expect(booked).toContainText(requestNumber);
    await expect(mobile.getByRole("form", { name: zh("booking.campaign.form") })).toHaveCount(0);

    // The manager's funnel counts the booking, and the customer's row says it with the request's number.
    await page.goto(`/campaigns/${campaignId}`);
    const funnel = page.getByRole("region", { name: zh("campaigns.funnel.title") });
    const bookedRow = funnel
      .getByRole("table", { name: zh("campaigns.funnel.table") })
      .getByRole("row")
      .filter({ hasText: zh("campaigns.funnel.steps.booked") });
    await expect(bookedRow.getByRole("cell").nth(1)).toHaveText("1");
    const customers = page.getByRole("region", { name: zh("campaigns.recipients.title") });
    const row = customers.getByRole("row").filter({ hasText: customerName });
    await expect(row).toContainText(zh("campaigns.stage.BOOKED"));
    await expect(row).toContainText(requestNumber);
  } finally {
    await phoneContext.close();
  }
});
