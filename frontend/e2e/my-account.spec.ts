import { expect, test } from "@playwright/test";
import { callApi, tokenOf } from "./support/api";
import { choose } from "./support/antd";
import { readState } from "./support/environment";
import { signUpAndSignIn } from "./support/customer-account";
import { zh } from "./support/texts";

/** zh-CN text of a key with its {{variables}} filled in. */
function zhWith(key: string, values: Record<string, string>): string {
  return Object.entries(values).reduce((text, [name, value]) => text.replace(`{{${name}}}`, value), zh(key));
}

interface Versioned {
  id: string;
  version: number;
}

// The customer's pages are built for phones first.
test.use({ viewport: { width: 390, height: 844 } });

test("a signed-in customer books maintenance for their product from My products, moves it, and adds an address", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const { tenants } = readState();
  const tenant = tenants.a;
  const manager = await tokenOf(tenant.manager);
  const tag = String(Math.floor(1000 + Math.random() * 9000));
  const phone = `136-${tag}-${tag}`;
  const password = `Geheim-${tag}-2026`;

  // The office's records: the customer with a home address, and their product.
  const customer = await callApi<Versioned>(manager, "POST", "/api/v1/customers", {
    kind: "PERSON",
    name: `周敏 ${tag}`,
    phone,
    sites: [{ label: "家", address: `浙江省杭州市西湖区文三路 ${tag} 号`, latitude: 30.2741, longitude: 120.1551 }],
  });
  const productName = `E2E 热水器 W-60 ${tag}`;
  const product = await callApi<Versioned>(manager, "POST", "/api/v1/catalog-items", {
    kind: "PRODUCT",
    code: `W-60-${tag}`,
    name: productName,
    unit: "台",
    warranty: { months: 24, covers: "整机", outOfWarrantyFee: "80.00" },
  });
  await callApi<Versioned>(manager, "POST", "/api/v1/assets", {
    customerId: customer.id,
    productId: product.id,
    serialNumber: `W60-${tag}-0001`,
  });

  // Sign-up with a code by SMS, read from the tenant's outbox, then sign-in on Keycloak.
  await signUpAndSignIn(page, tenant.slug, manager, phone, password);
  await expect(page).toHaveURL(/\/my-products$/);

  // "Book maintenance" on the product opens the booking page with the product and the service chosen.
  const card = page.getByRole("article", { name: productName });
  await card
    .getByRole("link", { name: zhWith("booking.account.products.bookMaintenanceOf", { name: productName }) })
    .click();
  await expect(page).toHaveURL(/\/my-booking\?service=MAINTENANCE&product=/);
  const form = page.getByRole("form", { name: zh("booking.account.book.title") });
  await expect(form.getByRole("radio", { name: zh("booking.service.MAINTENANCE") })).toBeChecked();
  await expect(form.getByRole("radio", { name: new RegExp(productName) })).toBeChecked();
  await form.getByLabel(zh("booking.fields.problem"), { exact: true }).fill(`E2E 年度保养 ${tag}`);
  // The second day offered: its slots are open to changes whenever this runs (the cut-off is 24 h).
  const days = form.getByRole("radiogroup", { name: zh("booking.slots.day") });
  await choose(days.getByRole("radio").nth(1));
  await choose(
    form
      .getByRole("radiogroup", { name: /的时间段$/ })
      .getByRole("radio")
      .first(),
  );
  await form.getByRole("button", { name: zh("booking.book.submit") }).click();

  const receipt = page.getByRole("region", { name: zh("booking.account.receipt.title") });
  await expect(receipt).toBeVisible();
  const number = ((await receipt.locator("strong").first().textContent()) ?? "").trim();
  expect(number).not.toBe("");

  // It is among their requests, where they move it to another free time.
  await receipt.getByRole("link", { name: zh("booking.account.receipt.mine") }).click();
  await expect(page).toHaveURL(/\/my-requests$/);
  const request = page.getByRole("article", { name: new RegExp(number) });
  await expect(request).toBeVisible();
  await request.getByRole("button", { name: zh("booking.reschedule.open") }).click();
  const move = request.getByRole("form", { name: zh("booking.reschedule.title") });
  const moveDays = move.getByRole("radiogroup", { name: zh("booking.slots.day") });
  await choose(moveDays.getByRole("radio").last());
  await choose(
    move
      .getByRole("radiogroup", { name: /的时间段$/ })
      .getByRole("radio")
      .last(),
  );
  await move.getByRole("button", { name: zh("booking.reschedule.submit") }).click();
  await expect(move).toBeHidden();
  await expect(request.getByRole("button", { name: zh("booking.reschedule.open") })).toBeVisible();

  // My details: a second address for later visits.
  await page.goto("/my-details");
  const addresses = page.getByRole("region", { name: zh("booking.account.addresses.title") });
  await addresses.getByRole("button", { name: zh("booking.account.addresses.add") }).click();
  const dialog = page.getByRole("dialog", { name: zh("booking.account.addresses.add") });
  await dialog.getByLabel(zh("booking.account.addresses.label"), { exact: true }).fill("公司");
  await dialog.getByLabel(zh("booking.account.addresses.address"), { exact: true }).fill(`杭州市文一路 ${tag} 号`);
  await dialog.getByRole("button", { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();
  await expect(addresses).toContainText(`杭州市文一路 ${tag} 号`);
});
