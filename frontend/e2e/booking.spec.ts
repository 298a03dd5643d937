import { expect, test, type Locator, type Page } from "@playwright/test";
import { callApi, passPromiseDeadline, tokenOf } from "./support/api";
import { choose } from "./support/antd";
import { readState } from "./support/environment";
import { signInOnKeycloak } from "./support/keycloak";
import { zh } from "./support/texts";

/** zh-CN text of a key with its {{variables}} filled in. */
function zhWith(key: string, values: Record<string, string>): string {
  return Object.entries(values).reduce((text, [name, value]) => text.replace(`{{${name}}}`, value), zh(key));
}

/** Draws a signature-like stroke with the mouse, as a customer would with a finger. */
async function sign(page: Page, pad: Locator): Promise<void> {
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

/** Nothing on the page is wider than the phone. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

interface WorkOrderView {
  id: string;
  version: number;
  status: string;
}

interface FollowUpView {
  id: string;
  workOrderId?: string;
}

interface ObjectionView {
  escalated: boolean;
  promise?: { status: string };
}

test("a customer books online and follows the visit on the phone, signs off there; a poor follow-up opens an objection that escalates once its promise lapses", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const { tenants } = readState();
  const tenant = tenants.a;
  const { qualified } = tenant.installers;
  const tag = String(Math.floor(1000 + Math.random() * 9000));
  const customer = { name: `赵敏 ${tag}`, phone: `139-${tag}-${tag}`, address: `浙江省杭州市西湖区文三路 ${tag} 号` };
  const need = `E2E 网上预约安装壁挂空调 ${tag}`;
  const baseURL = testInfo.project.use.baseURL!;

  // The customer books on a phone, without an account.
  const phone = await browser.newContext({
    baseURL,
    locale: "en-US",
    extraHTTPHeaders: { "Accept-Language": "en-US,en;q=0.9" },
    timezoneId: "Asia/Shanghai",
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const mobile = await phone.newPage();
    await mobile.goto(`/book/${tenant.slug}`);
    // Not sent to the staff login: the tenant's page, in its language (zh-CN).
    await expect(mobile.getByRole("heading", { level: 1 })).toHaveText(
      zhWith("booking.book.title", { tenant: tenant.name }),
    );
    const form = mobile.getByRole("form", { name: zh("booking.book.form") });
    await choose(form.getByRole("radio", { name: zh("booking.service.INSTALLATION") }));
    // The product is an antd Select: open it, then pick the option from its popup.
    await form.getByLabel(zh("booking.fields.product"), { exact: true }).click();
    await mobile.locator(".ant-select-item-option").filter({ hasText: tenant.productName }).click();
    await form.getByLabel(zh("booking.fields.serialNumber"), { exact: true }).fill(`KF35-${tag}`);
    await form.getByLabel(zh("booking.fields.problem"), { exact: true }).fill(need);
    await form.getByLabel(zh("booking.fields.name"), { exact: true }).fill(customer.name);
    await form.getByLabel(zh("booking.fields.phone"), { exact: true }).fill(customer.phone);
    await form.getByLabel(zh("booking.fields.address"), { exact: true }).fill(customer.address);

    // Sending without a time marks the slot picker; then the first free time of the first day offered.
    await form.getByRole("button", { name: zh("booking.book.submit") }).click();
    await expect(form.getByText(zh("booking.problems.slotRequired"))).toBeVisible();
    // The customer may move or cancel the visit until the tenant's cut-off (24 h before it). Tomorrow's slots are past
    // that cut-off once the morning has begun in Shanghai, so take the second day offered: open whenever this runs.
    const days = form.getByRole("radiogroup", { name: zh("booking.slots.day") });
    await choose(days.getByRole("radio").nth(1));
    const day = days.getByRole("radio", { checked: true });
    const bookedDate = await day.inputValue();
    const firstTime = form
      .getByRole("radiogroup", { name: /的时间段$/ })
      .getByRole("radio")
      .first();
    const [startTime, endTime] = ((await firstTime.locator("xpath=ancestor::label[1]").textContent()) ?? "").split("–");
    await choose(firstTime);
    const chosen = (await form.getByText(/^已选：/).textContent())!.replace(/^已选：/, "");
    await expectNoSidewaysScroll(mobile);
    await form.getByRole("button", { name: zh("booking.book.submit") }).click();

    // The receipt: the number and the tracking code and link, the only way back to the booking.
    const receipt = mobile.getByRole("region", { name: zh("booking.receipt.title") });
    await expect(receipt).toBeVisible();
    const number = (await receipt.getByText(/^SR-\d+$/).textContent())!;
    const code = (await receipt.locator("code").textContent())!;
    expect(code).toMatch(/^[A-Za-z0-9_-]{20,64}$/);
    await expect(receipt.getByRole("link", { name: `${baseURL}/track/${code}` })).toHaveAttribute(
      "href",
      `${baseURL}/track/${code}`,
    );
    await expect(
      receipt.getByRole("button", { name: zhWith("common.copyWhat", { what: zh("booking.receipt.trackingCode") }) }),
    ).toBeVisible();
    await expectNoSidewaysScroll(mobile);

    await receipt.getByRole("link", { name: zh("booking.receipt.open") }).click();
    await expect(mobile).toHaveURL(`/track/${code}`);
    await expect(mobile.getByRole("heading", { level: 1 })).toHaveText(zhWith("booking.track.title", { number }));
    const steps = mobile.getByRole("list", { name: zh("booking.track.progress") });
    await expect(steps.locator("[aria-current=step]")).toContainText(zh("booking.stage.RECEIVED"));
    await expect(mobile.getByText(chosen)).toBeVisible();
    // Until the cut-off the customer may move the visit (to the free slots of the tenant's page) or cancel it.
    await expect(mobile.getByRole("button", { name: zh("booking.reschedule.open") })).toBeVisible();
    await expect(mobile.getByRole("button", { name: zh("booking.cancel.open") })).toBeVisible();
    await expectNoSidewaysScroll(mobile);

    // The dispatcher finds the web booking, converts it into a work order at the booked slot and site, and assigns it.
    await page.goto("/service-requests?channel=WEB&status=OPEN");
    await signInOnKeycloak(page, tenant.dispatcher);
    await page.getByRole("link", { name: number, exact: true }).click();
    const request = page.getByRole("region", { name: zh("serviceRequests.detail.facts") });
    await expect(request).toContainText(customer.name);
    await expect(request).toContainText(need);
    await expect(request).toContainText(tenant.productName);
    await page.getByRole("button", { name: zh("serviceRequests.outcomes.convert.open") }).click();
    const convert = page.getByRole("form", { name: zh("serviceRequests.outcomes.convert.title") });
    await expect(convert.getByLabel(zh("workOrders.create.date"), { exact: true })).toHaveValue(bookedDate);
    await expect(convert.getByLabel(zh("workOrders.create.startTime"), { exact: true })).toHaveValue(startTime!);
    await expect(convert.getByLabel(zh("workOrders.create.endTime"), { exact: true })).toHaveValue(endTime!);
    await convert.getByRole("button", { name: zh("serviceRequests.outcomes.convert.submit") }).click();
    await expect(request).toContainText(zh("serviceRequests.status.CONVERTED"));
    await page
      .getByRole("status")
      .filter({ hasText: zh("serviceRequests.converted") })
      .getByRole("link", { name: /WO-\d+/ })
      .click();
    await expect(page).toHaveURL(/\/work-orders\/[0-9a-f-]{36}$/);
    const workOrderId = page.url().split("/").at(-1)!;
    // The URL changes before the order's page replaces the request's heading: wait for the order's number.
    const orderHeading = page.getByRole("heading", { level: 1 });
    await expect(orderHeading).toHaveText(/^WO-\d+/);
    const orderNumber = ((await orderHeading.textContent()) ?? "").split(" ")[0]!;
    await page.getByRole("button", { name: zh("workOrders.actions.assign"), exact: true }).click();
    const dialog = page.getByRole("dialog", { name: zhWith("dispatch.assign.title", { number: orderNumber }) });
    await choose(
      dialog.getByRole("radio", { name: zhWith("dispatch.assign.leadOf", { name: qualified.displayName }) }),
    );
    await dialog.getByRole("button", { name: zh("dispatch.assign.submit") }).click();
    await expect(dialog).toBeHidden();
    const facts = page.getByRole("region", { name: zh("workOrders.detail.facts") });
    await expect(facts).toContainText(zh("workOrders.status.ASSIGNED"));

    // The customer sees the appointment and who comes, and confirms it.
    await mobile.reload();
    await expect(steps.locator("[aria-current=step]")).toContainText(zh("booking.stage.SCHEDULED"));
    const details = mobile.getByRole("region", { name: zh("booking.track.facts") });
    await expect(details).toContainText(zh("booking.track.appointment"));
    await expect(details).toContainText(chosen);
    await expect(details).toContainText("Qualified");
    await details.getByRole("button", { name: zh("booking.confirm.submit") }).click();
    await expect(details).toContainText(zh("booking.track.confirmedAt"));
    await expect(details.getByRole("button", { name: zh("booking.confirm.submit") })).toBeHidden();

    // The installer's visit, through the API with the installer's own token (the UI flow is in work-orders.spec).
    const installer = await tokenOf(qualified);
    const path = `/api/v1/work-orders/${workOrderId}`;
    let order = (await callApi<{ order: WorkOrderView }>(installer, "GET", path)).order;
    order = await callApi<WorkOrderView>(installer, "POST", `${path}/contact`, {
      version: order.version,
      note: "已电话确认地址和时间",
    });
    order = await callApi<WorkOrderView>(installer, "POST", `${path}/depart`, { version: order.version });
    order = await callApi<WorkOrderView>(installer, "POST", `${path}/check-in`, {
      version: order.version,
      latitude: 30.2741,
      longitude: 120.1551,
    });
    order = await callApi<WorkOrderView>(installer, "POST", `${path}/complete`, {
      version: order.version,
      checklist: { trialRunLeakChecked: true, hazardsFound: false },
      report: {
        faultCause: "新装机",
        solution: "安装室内外机并调试",
        partsReplaced: [{ name: "膨胀螺栓", quantity: 4 }],
        customerOpinion: "待客户在线确认",
      },
    });
    expect(order.status).toBe("WORK_DONE");

    // The customer checks the report, signs on the phone and rates the service.
    await mobile.reload();
    await expect(steps.locator("[aria-current=step]")).toContainText(zh("booking.stage.AWAITING_SIGN_OFF"));
    const signOffPanel = mobile.getByRole("region", { name: zh("booking.signOff.title") });
    await expect(signOffPanel).toContainText("安装室内外机并调试");
    const signOff = signOffPanel.getByRole("form", { name: zh("booking.signOff.title") });
    await sign(mobile, signOff.getByRole("img", { name: zh("booking.signOff.signature") }));
    await expect(signOff.getByRole("status")).toHaveText(zh("signaturePad.signed"));
    for (const [aspect, value] of [
      ["attitude", "5"],
      ["timeliness", "4"],
      ["quality", "5"],
    ] as const) {
      // Each score is a button the customer taps (antd draws it over a hidden radio).
      await signOff
        .getByRole("radiogroup", { name: zh(`booking.signOff.ratings.${aspect}`) })
        .getByText(zhWith("booking.signOff.ratingValue", { value }), { exact: true })
        .click();
    }
    await signOff.getByLabel(zh("booking.signOff.suggestions"), { exact: true }).fill("师傅很专业");
    await expectNoSidewaysScroll(mobile);
    await signOff.getByRole("button", { name: zh("booking.signOff.submit") }).click();
    await expect(mobile.getByRole("heading", { level: 2, name: zh("booking.stage.DONE") })).toBeVisible();
    await expect(details).toContainText(zh("booking.track.yourRatings"));
    await expect(signOffPanel).toBeHidden();
    await expectNoSidewaysScroll(mobile);

    // The installer reports in; the dispatcher files the order with the customer's signature on it.
    order = (await callApi<{ order: WorkOrderView }>(installer, "GET", path)).order;
    expect(order.status).toBe("SIGNED_OFF");
    await callApi<WorkOrderView>(installer, "POST", `${path}/report-in`, { version: order.version });
    await page.reload();
    await expect(facts).toContainText(zh("workOrders.status.REPORTED_IN"));
    await expect(
      page
        .getByRole("region", { name: zh("workOrders.detail.fieldRecord") })
        .getByRole("img", { name: zhWith("workOrders.signOff.signatureOf", { number: orderNumber }) }),
    ).toBeVisible();
    await page.getByRole("button", { name: zh("workOrders.actions.file"), exact: true }).click();
    await expect(facts).toContainText(zh("workOrders.status.FILED"));
  } finally {
    await phone.close();
  }

  // Filing opens the after-service follow-up. The dispatcher calls; the customer answers poorly: an objection opens.
  const dispatcher = await tokenOf(tenant.dispatcher);
  const workOrderId = page.url().split("/").at(-1)!;
  let followUp: FollowUpView | undefined;
  await expect(async () => {
    const open = await callApi<{ items: FollowUpView[] }>(
      dispatcher,
      "GET",
      "/api/v1/follow-ups?kind=AFTER_SERVICE&status=OPEN&limit=200",
    );
    followUp = open.items.find((item) => item.workOrderId === workOrderId);
    expect(followUp).toBeDefined();
  }).toPass({ timeout: 20_000 });
  await page.goto(`/follow-ups/${followUp!.id}`);
  const call = page.getByRole("form", { name: zh("followUps.attempt.title") });
  await choose(call.getByRole("radio", { name: zh("followUps.attempt.reachedYes") }));
  for (const [question, score] of [
    ["knowsUsage", "2"],
    ["meetsNeeds", "1"],
    ["installerAttitude", "3"],
  ] as const) {
    await choose(
      call
        .getByRole("radiogroup", { name: zh(`followUps.questions.${question}`) })
        .getByRole("radio", { name: score, exact: true }),
    );
  }
  await call.getByLabel(zh("followUps.attempt.suggestions"), { exact: true }).fill("制冷效果不好");
  await call.getByRole("button", { name: zh("followUps.attempt.submit") }).click();
  const opened = page.getByRole("status").filter({ hasText: zh("followUps.objectionOpened") });
  await opened.getByRole("link", { name: zh("followUps.openObjection") }).click();
  await expect(page).toHaveURL(/\/objections\/[0-9a-f-]{36}$/);
  const objectionId = page.url().split("/").at(-1)!;
  await expect(page.getByRole("heading", { level: 1 })).toContainText(customer.name);
  const objectionNumber = ((await page.getByRole("heading", { level: 1 }).textContent()) ?? "").split(" ")[0]!;
  expect(objectionNumber).toMatch(/^OB-\d+$/);

  // Nobody gives a service commitment in time: its deadline passes (moved into the past in the database), and the
  // promise watch, which the e2e backend runs every 2 s, escalates the objection to the manager.
  passPromiseDeadline(tenant.id, "objection", objectionId);
  const manager = await tokenOf(tenant.manager);
  await expect(async () => {
    const objection = await callApi<ObjectionView>(manager, "GET", `/api/v1/objections/${objectionId}`);
    expect(objection.escalated).toBe(true);
    expect(objection.promise?.status).toBe("BREACHED");
  }).toPass({ timeout: 30_000 });

  // The manager sees it among the escalations on the promise watch.
  const office = await browser.newContext({
    baseURL,
    locale: "en-US",
    extraHTTPHeaders: { "Accept-Language": "en-US,en;q=0.9" },
    timezoneId: "Asia/Shanghai",
  });
  try {
    const desk = await office.newPage();
    await desk.goto("/promises");
    await signInOnKeycloak(desk, tenant.manager);
    const escalations = desk.getByRole("region", { name: zh("promiseWatch.escalations.title") });
    await expect(escalations.getByRole("link", { name: objectionNumber, exact: true })).toBeVisible();
    await expect(escalations.getByRole("row").filter({ hasText: objectionNumber })).toContainText(
      zh("promiseWatch.subjectType.OBJECTION"),
    );
  } finally {
    await office.close();
  }
});
