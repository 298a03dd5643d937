import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { choose } from "./support/antd";
import { readState } from "./support/environment";
import { signInOnKeycloak } from "./support/keycloak";
import { SITE_COORDINATES, createAssignedOrder, createNewOrder, mapLinkOf } from "./support/orders";
import { zh } from "./support/texts";

/** zh-CN text of a key with its {{variables}} filled in. */
function zhWith(key: string, values: Record<string, string>): string {
  return Object.entries(values).reduce((text, [name, value]) => text.replace(`{{${name}}}`, value), zh(key));
}

/**
 * The antd Select whose combobox has this label, for reading the option it shows. By its label's text: a required
 * field's accessible name also holds antd's "*" mark.
 */
function selectOf(scope: Locator, label: string): Locator {
  return scope.locator(".ant-select").filter({ has: scope.page().getByLabel(label, { exact: true }) });
}

/** A calendar day as the SPA says it in Chinese, with the year when it is not this year ("2025年12月31日周三"). */
function zhDay(date: string, withYear: boolean): string {
  return new Intl.DateTimeFormat("zh-CN", {
    ...(withYear ? { year: "numeric" } : {}),
    month: "short",
    day: "numeric",
    weekday: "short",
    timeZone: "UTC",
  } as Intl.DateTimeFormatOptions).format(new Date(`${date}T12:00:00Z`));
}

/** A phone-sized browser of the installer's own. */
function phoneContext(browser: Browser, baseURL: string | undefined) {
  return browser.newContext({
    baseURL,
    locale: "en-US",
    extraHTTPHeaders: { "Accept-Language": "en-US,en;q=0.9" },
    timezoneId: "Asia/Shanghai",
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    permissions: ["geolocation"],
    geolocation: { latitude: 31.2304, longitude: 121.4737 },
  });
}

/** A 1×1 PNG, the photo the installer "takes" on site. */
const PHOTO_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);
const PHOTO_NAME = "e2e-outdoor-unit.png";

/** Draws a signature-like stroke with the mouse, as a customer would with a finger. */
async function sign(page: Page, pad: ReturnType<Page["getByRole"]>): Promise<void> {
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error("the signature pad is not visible");
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 30, y);
  await page.mouse.down();
  await page.mouse.move(box.x + 80, y - 40, { steps: 6 });
  await page.mouse.move(box.x + 130, y + 30, { steps: 6 });
  await page.mouse.move(box.x + 200, y - 20, { steps: 6 });
  await page.mouse.up();
}

test("a phone request becomes an electrical job that passes the certificate check, is done on the installer's phone, signed and filed", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const { tenants } = readState();
  const tenant = tenants.a;
  const { expired, qualified } = tenant.installers;
  const description = `E2E 安装壁挂空调 ${Math.random().toString(36).slice(2, 8)}`;

  // The customer calls. The manager types the digits the caller gives, as they say them, and picks the customer
  // the search finds.
  await page.goto("/intake");
  await signInOnKeycloak(page, tenant.manager);
  const intake = page.getByRole("form", { name: zh("intake.title") });
  await expect(intake).toBeVisible();
  const caller = intake.getByRole("combobox", { name: zh("intake.caller") });
  await caller.pressSequentially(tenant.customerPhone.replace(/\D/g, ""), { delay: 80 });
  // The results open in antd's popup, outside the form.
  const found = page.getByRole("option", { name: new RegExp(tenant.customerName) });
  await expect(found).toContainText(tenant.customerPhone);
  await found.click();
  await expect(intake.getByRole("group", { name: zh("intake.caller") })).toContainText(tenant.customerName);
  await expect(selectOf(intake, zh("serviceRequests.fields.channel"))).toContainText(
    zh("serviceRequests.channel.PHONE"),
  );
  await choose(intake.getByRole("radio", { name: zh("serviceRequests.category.INSTALLATION") }));
  await intake.getByLabel(zh("serviceRequests.fields.description"), { exact: true }).fill(description);
  await intake.getByRole("button", { name: zh("intake.submit") }).click();

  // The request is registered; the manager converts it into an installation with electrical work, which needs an
  // electrician certificate.
  await expect(page).toHaveURL(/\/service-requests\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^SR-\d+/);
  const request = page.getByRole("region", { name: zh("serviceRequests.detail.facts") });
  await expect(request).toContainText(zh("serviceRequests.status.OPEN"));
  await expect(request).toContainText(tenant.customerName);
  await page.getByRole("button", { name: zh("serviceRequests.outcomes.convert.open") }).click();
  const convert = page.getByRole("form", { name: zh("serviceRequests.outcomes.convert.title") });
  await expect(selectOf(convert, zh("workOrders.fields.type"))).toContainText(zh("workOrders.type.INSTALLATION"));
  await convert.getByLabel(zh("workOrders.fields.priority"), { exact: true }).click();
  await page
    .locator(".ant-select-dropdown:visible .ant-select-item-option")
    .filter({ hasText: new RegExp(`^${zh("workOrders.priority.HIGH")}$`) })
    .click();
  await expect(selectOf(convert, zh("workOrders.fields.priority"))).toContainText(zh("workOrders.priority.HIGH"));
  await choose(convert.getByRole("checkbox", { name: zh("workOrders.tasks.electricalWork") }));
  await expect(convert).toContainText(
    zhWith("workOrders.create.requires", { qualifications: zh("qualifications.ELECTRICIAN") }),
  );
  await convert.getByRole("button", { name: zh("workOrders.create.addItem") }).click();
  await convert.getByLabel(zhWith("workOrders.create.itemName", { number: "1" }), { exact: true }).fill("铜管 5 米");
  await convert.getByLabel(zhWith("workOrders.create.itemQuantity", { number: "1" }), { exact: true }).fill("2");
  await convert.getByRole("button", { name: zh("serviceRequests.outcomes.convert.submit") }).click();

  // The request now names its work order; the rest of the flow continues from that order.
  await expect(request).toContainText(zh("serviceRequests.status.CONVERTED"));
  const converted = page.getByRole("status").filter({ hasText: zh("serviceRequests.converted") });
  await converted.getByRole("link", { name: /WO-\d+/ }).click();

  await expect(page).toHaveURL(/\/work-orders\/[0-9a-f-]{36}$/);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(/^WO-\d+/);
  const number = (await heading.textContent())!.split(" ")[0]!;
  const facts = page.getByRole("region", { name: zh("workOrders.detail.facts") });
  await expect(facts).toContainText(zh("workOrders.status.NEW"));
  await expect(facts).toContainText(tenant.customerName);
  await expect(facts).toContainText(description);

  // Before assigning, the dialog asks the server who may take the job on the appointment day: the installer whose
  // electrician certificate expired last year cannot be chosen, and the reason is said in words.
  await page.getByRole("button", { name: zh("workOrders.actions.assign"), exact: true }).click();
  const dialog = page.getByRole("dialog", { name: zhWith("dispatch.assign.title", { number }) });
  const expiredRow = dialog.getByRole("row").filter({ hasText: expired.displayName });
  const qualifiedRow = dialog.getByRole("row").filter({ hasText: qualified.displayName });
  await expect(expiredRow).toContainText(
    zhWith("dispatch.reasons.certificateExpired", {
      certificate: zh("qualifications.ELECTRICIAN"),
      date: zhDay(`${new Date().getUTCFullYear() - 1}-12-31`, true),
    }),
  );
  await expect(
    expiredRow.getByRole("radio", { name: zhWith("dispatch.assign.leadOf", { name: expired.displayName }) }),
  ).toBeDisabled();
  await expect(qualifiedRow).toContainText(zh("dispatch.assign.ok"));

  // The qualified installer is accepted.
  await choose(dialog.getByRole("radio", { name: zhWith("dispatch.assign.leadOf", { name: qualified.displayName }) }));
  await dialog.getByRole("button", { name: zh("dispatch.assign.submit") }).click();
  await expect(dialog).toBeHidden();
  await expect(facts).toContainText(zh("workOrders.status.ASSIGNED"));
  await expect(facts).toContainText(qualified.displayName);

  // The installer works the job on a phone-sized screen, in a browser of their own.
  const phone = await phoneContext(browser, testInfo.project.use.baseURL);
  try {
    const mobile = await phone.newPage();
    await mobile.goto("/");
    await signInOnKeycloak(mobile, qualified);
    // Installers land on their jobs.
    await expect(mobile).toHaveURL(/\/jobs$/);
    await expect(mobile.getByRole("heading", { level: 1, name: zh("jobs.title") })).toBeVisible();
    await mobile.getByRole("link", { name: zhWith("jobs.open", { number }) }).click();
    await expect(mobile.getByRole("heading", { level: 1 })).toContainText(number);
    await expect(mobile.getByText("铜管 5 米")).toBeVisible();

    const contact = mobile.getByRole("form", { name: zh("workOrders.actions.contact") });
    await contact.getByLabel(zh("workOrders.contact.note"), { exact: true }).fill("已确认地址和时间，带 5 米铜管");
    await contact.getByRole("button", { name: zh("workOrders.contact.submit") }).click();

    await mobile.getByRole("button", { name: zh("workOrders.actions.depart"), exact: true }).click();
    await mobile.getByRole("button", { name: zh("workOrders.actions.checkIn"), exact: true }).click();

    // On site the installer photographs the work: the photo uploads at once and its thumbnail appears.
    const photos = mobile.getByRole("region", { name: zh("workOrders.photos.title") });
    await photos
      .getByLabel(zh("workOrders.photos.take"), { exact: true })
      .setInputFiles({ name: PHOTO_NAME, mimeType: "image/png", buffer: PHOTO_PNG });
    await expect(photos.getByRole("status")).toHaveText(zhWith("attachments.summary", { done: "1", total: "1" }));
    const thumbnail = photos.getByRole("img", { name: PHOTO_NAME });
    await expect(thumbnail).toBeVisible();
    expect(await thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

    // Only the checks that apply to an installation with electrical work are asked.
    const complete = mobile.getByRole("form", { name: zh("workOrders.complete.title") });
    await expect(complete).toBeVisible();
    await expect(complete.getByRole("checkbox")).toHaveCount(3);
    await complete.getByRole("checkbox", { name: zh("workOrders.checklist.powerOffBeforeWork") }).check();
    await complete.getByRole("checkbox", { name: zh("workOrders.checklist.electricalSafetyChecked") }).check();
    await complete.getByRole("checkbox", { name: zh("workOrders.checklist.trialRunLeakChecked") }).check();
    await choose(complete.getByRole("radio", { name: zh("common.no"), exact: true }));
    await complete.getByLabel(zh("workOrders.report.faultCause"), { exact: true }).fill("新装机");
    await complete.getByLabel(zh("workOrders.report.solution"), { exact: true }).fill("安装室内外机并调试");
    await complete.getByRole("button", { name: zh("workOrders.report.addPart") }).click();
    await complete.getByLabel(zhWith("workOrders.report.partName", { number: "1" }), { exact: true }).fill("膨胀螺栓");
    await complete.getByLabel(zhWith("workOrders.report.partQuantity", { number: "1" }), { exact: true }).fill("4");
    await complete.getByLabel(zh("workOrders.report.customerOpinion"), { exact: true }).fill("安装整洁，满意");
    await complete.getByLabel(zh("workOrders.report.productSuggestions"), { exact: true }).fill("遥控器字再大一些");
    await complete.getByRole("button", { name: zh("workOrders.complete.submit") }).click();

    // The customer signs on the pad with a finger (here: the mouse) and rates the service.
    const signOff = mobile.getByRole("form", { name: zh("workOrders.signOff.title") });
    await expect(signOff).toBeVisible();
    await sign(mobile, signOff.getByRole("img", { name: zh("workOrders.signOff.signature") }));
    await expect(signOff.getByRole("status")).toHaveText(zh("signaturePad.signed"));
    // Each score is a button the customer taps (antd draws it over a hidden radio).
    const rate = async (aspect: string, value: string) =>
      signOff
        .getByRole("radiogroup", { name: zh(`workOrders.signOff.ratings.${aspect}`) })
        .getByText(zhWith("workOrders.signOff.ratingValue", { value }), { exact: true })
        .click();
    await rate("attitude", "5");
    await rate("timeliness", "4");
    await rate("quality", "5");
    await signOff.getByLabel(zh("workOrders.signOff.suggestions"), { exact: true }).fill("师傅很专业");
    await signOff.getByRole("button", { name: zh("workOrders.signOff.submit") }).click();

    await mobile.getByRole("button", { name: zh("workOrders.actions.reportIn"), exact: true }).click();
    await expect(mobile.getByText(zh("jobs.done"))).toBeVisible();
    // Nothing on the page is wider than the phone.
    expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  } finally {
    await phone.close();
  }

  // Back at the office: the order waits to be filed, with the report and the customer's signature.
  await page.reload();
  await expect(facts).toContainText(zh("workOrders.status.REPORTED_IN"));
  const record = page.getByRole("region", { name: zh("workOrders.detail.fieldRecord") });
  await expect(record).toContainText("膨胀螺栓 × 4");
  const signature = record.getByRole("img", { name: zhWith("workOrders.signOff.signatureOf", { number }) });
  await expect(signature).toBeVisible();
  expect(await signature.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  // The signed service report (PDF), downloaded with the office's token under the server's name for it.
  const [serviceReport] = await Promise.all([
    page.waitForEvent("download"),
    record.getByRole("button", { name: zh("workOrders.serviceReport.download") }).click(),
  ]);
  expect(serviceReport.suggestedFilename()).toMatch(/service-report-WO-\d+\.pdf/);
  // The photo from site, downloaded with the office's token.
  const officePhoto = page
    .getByRole("region", { name: zh("workOrders.photos.title") })
    .getByRole("img", { name: PHOTO_NAME });
  await expect(officePhoto).toBeVisible();
  expect(await officePhoto.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  await page.getByRole("button", { name: zh("workOrders.actions.file"), exact: true }).click();
  await expect(facts).toContainText(zh("workOrders.status.FILED"));
  const timeline = page.getByRole("region", { name: zh("workOrders.timeline.title") });
  await expect(timeline).toContainText(zh("workOrders.timeline.actions.signed-off"));
  await expect(timeline).toContainText(zh("workOrders.timeline.actions.filed"));
});

test("the installer taps the customer's phone to call and opens the site in the tenant's map app", async ({
  browser,
}, testInfo) => {
  const { tenants } = readState();
  const tenant = tenants.a;
  const order = await createAssignedOrder(tenant, tenant.installers.qualified, "导航");
  const expected = await mapLinkOf(tenant, { address: order.address, ...SITE_COORDINATES });
  const phone = await phoneContext(browser, testInfo.project.use.baseURL);
  try {
    // The map app is outside the test's network: its page is answered here, the URL is what counts.
    await phone.route(`${new URL(expected).origin}/**`, (route) =>
      route.fulfill({ contentType: "text/html", body: "<title>map</title>" }),
    );
    const mobile = await phone.newPage();
    await mobile.goto(`/jobs/${order.id}`);
    await signInOnKeycloak(mobile, tenant.installers.qualified);
    await expect(mobile.getByRole("heading", { level: 1 })).toContainText(order.number);

    const call = mobile.getByRole("link", {
      name: zhWith("jobs.call", { name: tenant.customerName, phone: tenant.customerPhone }),
    });
    await expect(call).toBeVisible();
    await expect(call).toHaveAttribute("href", `tel:${tenant.customerPhone.replace(/[^\d+]/g, "")}`);

    const facts = mobile.getByRole("region", { name: zh("jobs.facts") });
    await expect(facts).toContainText(order.address);
    const navigate = facts.getByRole("link", { name: zhWith("jobs.navigateTo", { address: order.address }) });
    await expect(navigate).toHaveAttribute("href", expected);
    const [map] = await Promise.all([mobile.waitForEvent("popup"), navigate.click()]);
    await expect(map).toHaveURL(expected);

    // What to bring, the certificate the job needs and each safety check of an electrical installation.
    const bring = mobile.getByRole("region", { name: zh("jobs.bring") });
    await expect(bring).toContainText("膨胀螺栓");
    await expect(bring).toContainText(zh("qualifications.ELECTRICIAN"));
    const safety = mobile.getByRole("region", { name: zh("jobs.safety.title") }).getByRole("listitem");
    await expect(safety).toHaveText([
      zh("jobs.safety.powerOffBeforeWork"),
      zh("jobs.safety.electricalSafetyChecked"),
      zh("jobs.safety.trialRunLeakChecked"),
      zh("jobs.safety.hazardsFound"),
      zh("jobs.safety.hazardsReportedToCustomer"),
    ]);
    expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  } finally {
    await phone.close();
  }
});

test("the assign dialog shows an installer without a valid certificate disabled, and says why in words", async ({
  page,
}) => {
  const { tenants } = readState();
  const tenant = tenants.a;
  const { expired, qualified } = tenant.installers;
  const order = await createNewOrder(tenant, "资质");
  await page.goto(`/work-orders/${order.id}`);
  await signInOnKeycloak(page, tenant.dispatcher);
  await page.getByRole("button", { name: zh("workOrders.actions.assign"), exact: true }).click();
  const dialog = page.getByRole("dialog", { name: zhWith("dispatch.assign.title", { number: order.number }) });

  const expiredRow = dialog.getByRole("row").filter({ hasText: expired.displayName });
  await expect(expiredRow).toContainText(zh("dispatch.assign.notEligible"));
  await expect(expiredRow).toContainText(
    zhWith("dispatch.reasons.certificateExpired", {
      certificate: zh("qualifications.ELECTRICIAN"),
      date: zhDay(`${new Date().getUTCFullYear() - 1}-12-31`, true),
    }),
  );
  // Never a code word from the server.
  await expect(expiredRow).not.toContainText("certificate-expired");
  await expect(expiredRow).not.toContainText("ELECTRICIAN");
  await expect(
    expiredRow.getByRole("radio", { name: zhWith("dispatch.assign.leadOf", { name: expired.displayName }) }),
  ).toBeDisabled();
  await expect(
    expiredRow.getByRole("checkbox", { name: zhWith("dispatch.assign.helperOf", { name: expired.displayName }) }),
  ).toBeDisabled();
  const qualifiedRow = dialog.getByRole("row").filter({ hasText: qualified.displayName });
  await expect(qualifiedRow).toContainText(zh("dispatch.assign.ok"));
  await expect(
    qualifiedRow.getByRole("radio", { name: zhWith("dispatch.assign.leadOf", { name: qualified.displayName }) }),
  ).toBeEnabled();
});
