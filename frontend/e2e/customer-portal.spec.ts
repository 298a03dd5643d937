import { expect, test } from "@playwright/test";
import { callApi, tokenOf } from "./support/api";
import { readState } from "./support/environment";
import { signUpAndSignIn } from "./support/customer-account";
import { zh } from "./support/texts";

/** zh-CN text of a key with its {{variables}} filled in. */
function zhWith(key: string, values: Record<string, string>): string {
  return Object.entries(values).reduce((text, [name, value]) => text.replace(`{{${name}}}`, value), zh(key));
}

// A 1×1 PNG: the customer's signature on the order, as partner-settlement.spec signs through the API.
const SIGNATURE_PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

interface Versioned {
  id: string;
  version: number;
}

interface WorkOrder extends Versioned {
  number: string;
  status: string;
}

/** Today's date in Asia/Shanghai, the tenant's zone, plus `days`. */
function shanghaiDay(days: number): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
  const [year, month, day] = today.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

test("a customer on record signs up with a code by SMS, signs in and sees the product's warranty and its service report", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { tenants } = readState();
  const tenant = tenants.a;
  const manager = await tokenOf(tenant.manager);
  const installer = await tokenOf(tenant.installers.qualified);
  const tag = String(Math.floor(1000 + Math.random() * 9000));
  const phone = `137-${tag}-${tag}`;
  const password = `Geheim-${tag}-2026`;

  // The office's records: the customer with a phone, a product with warranty terms, the customer's asset of it.
  const customer = await callApi<Versioned & { name: string }>(manager, "POST", "/api/v1/customers", {
    kind: "PERSON",
    name: `孙丽 ${tag}`,
    phone,
    sites: [{ label: "家", address: `浙江省杭州市西湖区文二路 ${tag} 号`, latitude: 30.2741, longitude: 120.1551 }],
  });
  const productName = `E2E 壁挂空调 KF-50 ${tag}`;
  const product = await callApi<Versioned>(manager, "POST", "/api/v1/catalog-items", {
    kind: "PRODUCT",
    code: `KF-50-${tag}`,
    name: productName,
    unit: "台",
    warranty: { months: 24, covers: "整机及主要部件免费维修", outOfWarrantyFee: "120.00" },
  });
  const serialNumber = `KF50-${tag}-0001`;
  const asset = await callApi<Versioned>(manager, "POST", "/api/v1/assets", {
    customerId: customer.id,
    productId: product.id,
    serialNumber,
    installDate: shanghaiDay(-30),
    contractNumber: `HT-${tag}`,
  });

  // A visit to that asset, done and signed by the customer on the installer's phone (through the API, as
  // partner-settlement.spec does it).
  const now = Date.now();
  let order = await callApi<WorkOrder>(manager, "POST", "/api/v1/work-orders", {
    type: "INSTALLATION",
    customerId: customer.id,
    assetIds: [asset.id],
    description: `E2E 安装壁挂空调 ${tag}`,
    tasks: {},
    appointment: { start: new Date(now + 5 * 60_000).toISOString(), end: new Date(now + 2 * 3_600_000).toISOString() },
  });
  order = await callApi<WorkOrder>(manager, "POST", `/api/v1/work-orders/${order.id}/assign`, {
    version: order.version,
    leadInstallerId: tenant.installers.qualified.id,
  });
  const path = `/api/v1/work-orders/${order.id}`;
  order = await callApi<WorkOrder>(installer, "POST", `${path}/contact`, {
    version: order.version,
    note: "已电话确认时间",
  });
  order = await callApi<WorkOrder>(installer, "POST", `${path}/depart`, { version: order.version });
  order = await callApi<WorkOrder>(installer, "POST", `${path}/check-in`, { version: order.version });
  order = await callApi<WorkOrder>(installer, "POST", `${path}/complete`, {
    version: order.version,
    checklist: { trialRunLeakChecked: true, hazardsFound: false },
    report: {
      faultCause: "新装机",
      solution: "安装室内外机并调试",
      partsReplaced: [],
      customerOpinion: "满意",
    },
  });
  order = await callApi<WorkOrder>(installer, "POST", `${path}/sign-off`, {
    version: order.version,
    signaturePng: SIGNATURE_PNG,
    ratings: { attitude: 5, timeliness: 5, quality: 5 },
  });
  expect(order.status).toBe("SIGNED_OFF");

  // The customer opens the tenant's sign-up page without an account, takes the code the SMS carries and signs in.
  await signUpAndSignIn(page, tenant.slug, manager, phone, password);

  // Back in the app on the customer's products: the product, its warranty today and the visit with its report.
  await expect(page).toHaveURL(/\/my-products$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(zh("booking.products.title"));
  const card = page.getByRole("article", { name: productName });
  await expect(card).toContainText(serialNumber);
  await expect(card).toContainText(`HT-${tag}`);
  await expect(card).toContainText("整机及主要部件免费维修");
  await expect(card.getByRole("group", { name: zh("warranty.state") })).toContainText(zh("warranty.under"));
  const history = card.getByRole("region", { name: zh("booking.products.history") });
  await expect(history).toContainText(order.number);
  await expect(history).toContainText(zh("booking.products.type.INSTALLATION"));
  await expect(history).toContainText(zh("booking.products.status.SIGNED_OFF"));
  // The installer who led the visit, by name.
  await expect(history).toContainText(zh("booking.products.installer").split("{{")[0]!);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    history.getByRole("button", { name: zhWith("booking.products.reportOf", { number: order.number }) }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/service-report-WO-\d+\.pdf/);
});
