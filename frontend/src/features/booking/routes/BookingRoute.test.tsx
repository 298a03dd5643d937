import { QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RouterProvider, createMemoryRouter } from "react-router";
import { beforeEach, describe, expect, it } from "vitest";
import i18n from "@/i18n";
import { ApiClientContext, createApiClient } from "@/lib/api/client";
import { createQueryClient } from "@/lib/query-client";
import { bookingOptions, problem } from "@/test/fixtures";
import { json, type FakeApi } from "@/test/render";
import { chooseOption, chooseRadio } from "@/test/select-option";
import { BookingRoute } from "./BookingRoute";

const RECEIPT = {
  trackingCode: "k3v9q2m8x7w4p6r1t5y0u3i8o2a7s4d9",
  number: "SR-000042",
  trackingUrl: "https://service.example.com/track/k3v9q2m8x7w4p6r1t5y0u3i8o2a7s4d9",
};

function renderBooking(answerPost: FakeApi = () => json(RECEIPT, 201), options = bookingOptions()) {
  const requests: Request[] = [];
  const api = createApiClient({
    baseUrl: "http://app.test",
    accessToken: async () => null,
    onUnauthorized: () => {},
    fetch: async (request) => {
      requests.push(request.clone());
      if (request.method === "GET") {
        return new URL(request.url).pathname === "/api/v1/public/north/booking-options"
          ? json(options)
          : json(problem({ status: 404, type: "https://aftercare.dev/problems/not-found", title: "Not found" }), 404);
      }
      return answerPost(request);
    },
  });
  const router = createMemoryRouter(
    [
      { path: "/book/:tenantSlug", element: <BookingRoute /> },
      { path: "/track/:trackingCode", element: <p>tracking page</p> },
    ],
    { initialEntries: ["/book/north"] },
  );
  render(
    <ApiClientContext.Provider value={api}>
      <QueryClientProvider client={createQueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ApiClientContext.Provider>,
  );
  return {
    router,
    posts: () => requests.filter((request) => request.method === "POST"),
    optionReads: () => requests.filter((request) => request.method === "GET").length,
  };
}

async function fillIn(form: HTMLElement) {
  await chooseRadio(within(form).getByRole("radio", { name: "安装" }));
  await chooseOption(within(form).getByLabelText("产品"), "壁挂空调 KF-35");
  await userEvent.type(within(form).getByLabelText("序列号（选填）"), "KF35-0001");
  await userEvent.type(within(form).getByLabelText("需求说明"), "新买的空调要安装");
  await userEvent.type(within(form).getByLabelText("姓名"), "王芳");
  await userEvent.type(within(form).getByLabelText("手机号码"), "138-1234-5678");
  await userEvent.type(within(form).getByLabelText("上门地址"), "杭州市西湖区文三路 100 号");
  await chooseRadio(within(form).getByRole("radio", { name: "14:00–16:00" }));
}

beforeEach(async () => {
  await i18n.changeLanguage("zh-CN");
});

// Filling in the whole form takes seconds on a busy machine.
const SLOW = 120_000;

/** Text a person sees: a closed "details" disclosure shows only its summary. */
function shownText(element: HTMLElement): string {
  const copy = element.cloneNode(true) as HTMLElement;
  for (const disclosure of copy.querySelectorAll("details:not([open])")) {
    for (const child of [...disclosure.children]) if (child.tagName !== "SUMMARY") child.remove();
  }
  return copy.textContent ?? "";
}

// antd renders slowly in jsdom on a busy machine.
describe("the booking page", { timeout: 120_000 }, () => {
  it("books a visit in a slot of the tenant's zone and shows the number and the tracking code prominently", async () => {
    const { posts, router } = renderBooking();
    expect(await screen.findByRole("heading", { level: 1, name: "北区店 · 在线预约" })).toBeInTheDocument();
    const form = screen.getByRole("form", { name: "预约上门服务" });
    // Days of the tenant's zone, the first one open.
    expect(
      within(form)
        .getAllByRole("radio", { name: /周/ })
        .map((day) => day.closest("label")!.textContent),
    ).toEqual(["3月5日周四", "3月6日周五"]);
    await fillIn(form);
    expect(within(form).getByText("已选：3月5日周四 14:00–16:00")).toBeInTheDocument();
    await userEvent.click(within(form).getByRole("button", { name: "提交预约" }));

    const receipt = await screen.findByRole("region", { name: "预约已提交" });
    expect(receipt).toHaveTextContent("SR-000042");
    expect(within(receipt).getByText(RECEIPT.trackingCode)).toBeInTheDocument();
    expect(within(receipt).getByRole("link", { name: RECEIPT.trackingUrl })).toHaveAttribute(
      "href",
      RECEIPT.trackingUrl,
    );
    expect(within(receipt).getByRole("button", { name: "复制查询码" })).toBeInTheDocument();
    expect(await posts()[0]!.json()).toEqual({
      name: "王芳",
      phone: "138-1234-5678",
      address: "杭州市西湖区文三路 100 号",
      service: "INSTALLATION",
      productId: "0193a5c8-0000-7000-8000-0000000f0001",
      serialNumber: "KF35-0001",
      problem: "新买的空调要安装",
      preferredSlot: { start: "2026-03-05T06:00:00Z", end: "2026-03-05T08:00:00Z" },
    });
    expect(posts()[0]!.headers.has("Authorization")).toBe(false);

    await userEvent.click(within(receipt).getByRole("link", { name: "查看预约进度" }));
    expect(await screen.findByText("tracking page")).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/track/${RECEIPT.trackingCode}`);
  });

  it("marks what is missing before anything is sent", async () => {
    const { posts } = renderBooking();
    const form = await screen.findByRole("form", { name: "预约上门服务" });
    await userEvent.type(within(form).getByLabelText("手机号码"), "12");
    await userEvent.click(within(form).getByRole("button", { name: "提交预约" }));
    expect(await within(form).findByText("请选择服务类型")).toBeInTheDocument();
    expect(within(form).getByLabelText("需求说明")).toHaveAccessibleDescription("必填");
    expect(within(form).getByLabelText("手机号码")).toHaveAccessibleDescription("请输入电话号码（至少 5 位数字）");
    expect(within(form).getByText("请选择上门时间段")).toBeInTheDocument();
    expect(posts()).toEqual([]);
  });

  it(
    "shows the server's field errors next to their fields, never in English on the Chinese page",
    async () => {
      renderBooking(() =>
        json(
          problem({
            status: 400,
            errors: [
              // Answered in the asked language, as the server does for Accept-Language: zh-CN.
              { field: "phone", message: "请填写有效的手机号码" },
              // Not translated by the server: the page says it in its own words.
              { field: "productId", message: "is not a product of the booking options" },
              { field: "captcha", message: "is required" },
            ],
          }),
          400,
        ),
      );
      const form = await screen.findByRole("form", { name: "预约上门服务" });
      await fillIn(form);
      await userEvent.click(within(form).getByRole("button", { name: "提交预约" }));
      await waitFor(() =>
        expect(within(form).getByLabelText("手机号码")).toHaveAccessibleDescription("请填写有效的手机号码"),
      );
      expect(within(form).getByLabelText("产品")).toHaveAccessibleDescription(/^此项填写有误。/);
      // A field the form does not show is listed in the banner.
      const alert = within(form).getByRole("alert");
      expect(shownText(alert)).toContain("提交的内容有误");
      expect(shownText(alert)).toContain("captcha：此项填写有误。");
      expect(shownText(form)).not.toMatch(/is required|is not a product|Invalid request/);
      // The first field the server named, in the order of the form, takes the focus.
      expect(within(form).getByLabelText("产品")).toHaveFocus();

      await userEvent.type(within(form).getByLabelText("手机号码"), "0");
      await waitFor(() => expect(within(form).getByLabelText("手机号码")).not.toHaveAccessibleDescription());
    },
    SLOW,
  );

  it.each([
    {
      status: 409,
      type: "duplicate",
      title: "Duplicate",
      detail: "This was already recorded: another request created it first.",
      retryAfter: undefined,
      expected: ["该内容已存在，未保存任何内容。"],
    },
    {
      status: 422,
      type: "idempotency-key-reused",
      title: "Idempotency key reused",
      detail: "This Idempotency-Key was already used with a different request.",
      retryAfter: undefined,
      expected: ["此次提交已用于其他内容。", "请刷新页面后重新提交。"],
    },
    {
      status: 429,
      type: "booking-rate-limited",
      title: "Too many bookings",
      detail: "At most 5 bookings per day from one address. Please call us instead.",
      retryAfter: "30",
      expected: ["短时间内预约次数过多。", "请致电我们。", "请在 30 秒后重试。"],
    },
    {
      status: 503,
      type: "database-unavailable",
      title: "Service unavailable",
      detail: "The database cannot be reached just now. Nothing was saved; send the same request again shortly.",
      retryAfter: "2",
      expected: ["服务暂时不可用。", "请在 2 秒后重试。"],
    },
  ])(
    "answers a $status $type in Chinese, with the server's words only under 详情",
    async ({ status, type, title, detail, retryAfter, expected }) => {
      renderBooking(() => {
        const answer = json(
          problem({ status, type: `https://aftercare.dev/problems/${type}`, title, detail, errorId: "e-0193a5c8" }),
          status,
        );
        if (retryAfter) answer.headers.set("Retry-After", retryAfter);
        return answer;
      });
      const form = await screen.findByRole("form", { name: "预约上门服务" });
      await fillIn(form);
      await userEvent.click(within(form).getByRole("button", { name: "提交预约" }));
      const alert = await within(form).findByRole("alert");
      for (const text of expected) expect(shownText(alert)).toContain(text);
      expect(shownText(alert)).not.toContain(title);
      expect(shownText(alert)).not.toContain(detail);
      expect(shownText(alert)).not.toContain("e-0193a5c8");

      await userEvent.click(within(alert).getByText("详情"));
      expect(shownText(alert)).toContain(detail);
      expect(shownText(alert)).toContain(String(status));
      expect(shownText(alert)).toContain("e-0193a5c8");
    },
    SLOW,
  );

  it("asks for another slot when the chosen one was just taken, and reads the free slots again", async () => {
    const { optionReads } = renderBooking(() =>
      json(
        problem({
          status: 409,
          type: "https://aftercare.dev/problems/slot-not-free",
          title: "Slot not free",
          errors: [{ field: "preferredSlot", message: "is not a free slot" }],
        }),
        409,
      ),
    );
    const form = await screen.findByRole("form", { name: "预约上门服务" });
    await fillIn(form);
    await userEvent.click(within(form).getByRole("button", { name: "提交预约" }));
    expect(await within(form).findByText("这个时间段刚被约满了，请另选一个。")).toBeInTheDocument();
    expect(within(form).getByRole("radio", { name: "14:00–16:00" })).not.toBeChecked();
    await waitFor(() => expect(optionReads()).toBe(2));
  });

  it("says when the booking page does not exist", async () => {
    const api = createApiClient({
      baseUrl: "http://app.test",
      accessToken: async () => null,
      onUnauthorized: () => {},
      fetch: async () =>
        json(problem({ status: 404, type: "https://aftercare.dev/problems/not-found", title: "Not found" }), 404),
    });
    const router = createMemoryRouter([{ path: "/book/:tenantSlug", element: <BookingRoute /> }], {
      initialEntries: ["/book/nobody"],
    });
    render(
      <ApiClientContext.Provider value={api}>
        <QueryClientProvider client={createQueryClient()}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </ApiClientContext.Provider>,
    );
    expect(await screen.findByRole("alert")).toHaveTextContent("没有找到这个预约页面");
  });
});
