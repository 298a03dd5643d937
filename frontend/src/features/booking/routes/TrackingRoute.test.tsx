import { QueryClientProvider } from "@tanstack/react-query";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RouterProvider, createMemoryRouter } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import { ApiClientContext, createApiClient } from "@/lib/api/client";
import type { Schema } from "@/lib/api/schema-types";
import { createQueryClient } from "@/lib/query-client";
import { bookingOptions, bookingStatus, problem } from "@/test/fixtures";
import { json, type FakeApi } from "@/test/render";
import { TrackingRoute } from "./TrackingRoute";
import { chooseRadio } from "@/test/select-option";

const CODE = "k3v9q2m8x7w4p6r1t5y0u3i8o2a7s4d9";
const PNG =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

/**
 * The tracking page as a customer opens it, without a session. GETs of the booking answer `current`, which a
 * successful POST replaces; the tenant's booking options answer unless `optionsAvailable` is false.
 */
function renderTracking(
  status: Schema<"BookingStatus">,
  answerPost: FakeApi = () => json(status),
  optionsAvailable = true,
) {
  const requests: Request[] = [];
  let current = status;
  const api = createApiClient({
    baseUrl: "http://app.test",
    accessToken: async () => null,
    onUnauthorized: () => {},
    fetch: async (request) => {
      requests.push(request.clone());
      const path = new URL(request.url).pathname;
      if (path === "/api/v1/public/north/booking-options") {
        return optionsAvailable ? json(bookingOptions()) : json(problem({ status: 503, title: "Unavailable" }), 503);
      }
      if (request.method === "GET") return json(current);
      const response = await answerPost(request);
      if (response.ok) current = (await response.clone().json()) as Schema<"BookingStatus">;
      return response;
    },
  });
  const router = createMemoryRouter([{ path: "/track/:trackingCode", element: <TrackingRoute /> }], {
    initialEntries: [`/track/${CODE}`],
  });
  render(
    <ApiClientContext.Provider value={api}>
      <QueryClientProvider client={createQueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ApiClientContext.Provider>,
  );
  return { requests, posts: () => requests.filter((request) => request.method === "POST") };
}

beforeEach(async () => {
  await i18n.changeLanguage("zh-CN");
});

// antd renders slowly in jsdom on a busy machine.
describe("the tracking page", { timeout: 120_000 }, () => {
  it("shows the stage as steps, the visit in the tenant's zone and the installer, and no action the flags do not allow", async () => {
    const { requests } = renderTracking(bookingStatus());
    expect(await screen.findByRole("heading", { level: 1, name: "预约 SR-000042" })).toBeInTheDocument();
    const steps = screen.getByRole("list", { name: "服务进度" });
    expect(
      within(steps)
        .getAllByRole("listitem")
        .map((step) => step.getAttribute("aria-current")),
    ).toEqual([null, "step", null, null, null, null]);
    expect(within(steps).getAllByRole("listitem")[0]).toHaveTextContent(/已受理\s*（已完成）/);
    // 01:00 UTC is 09:00 in Shanghai, the tenant's zone from its booking options.
    expect(await screen.findByText("3月5日周四 09:00–11:00")).toBeInTheDocument();
    expect(screen.getByText("李师傅")).toBeInTheDocument();
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
    // The way to a customer account, on the tenant's sign-up page.
    const account = screen.getByRole("region", { name: "开通客户账号" });
    expect(within(account).getByRole("link", { name: /开通客户账号/ })).toHaveAttribute("href", "/sign-up/north");
    // A public page: no token is sent.
    expect(requests.every((request) => !request.headers.has("Authorization"))).toBe(true);
  });

  it("lets the customer confirm the appointment when the booking allows it", async () => {
    const { posts } = renderTracking(bookingStatus({ canConfirm: true }), () =>
      json(bookingStatus({ confirmedAt: "2026-03-04T10:00:00Z" })),
    );
    await userEvent.click(await screen.findByRole("button", { name: "确认上门时间" }));
    expect(await screen.findByText("2026/03/04 18:00")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "确认上门时间" })).not.toBeInTheDocument();
    expect(new URL(posts()[0]!.url).pathname).toBe(`/api/v1/public/bookings/${CODE}/confirm`);
  });

  it("moves the visit to another free slot of the tenant's booking page", async () => {
    const moved = { start: "2026-03-06T01:00:00Z", end: "2026-03-06T03:00:00Z" };
    const { posts } = renderTracking(
      bookingStatus({ canReschedule: true, canCancel: true, changeDeadline: "2026-03-04T01:00:00Z" }),
      () => json(bookingStatus({ appointment: moved, canReschedule: true, canCancel: true })),
    );
    await userEvent.click(await screen.findByRole("button", { name: "改约时间" }));
    const form = screen.getByRole("form", { name: "改约时间" });
    // The visit booked now is not offered again.
    const firstDay = within(form).getByRole("radiogroup", { name: "3月5日周四 的时间段" });
    expect(
      within(firstDay)
        .getAllByRole("radio")
        .map((radio) => radio.closest("label")!.textContent),
    ).toEqual(["14:00–16:00"]);

    await userEvent.click(within(form).getByRole("button", { name: "确认改约" }));
    expect(within(form).getByText("请选择上门时间段")).toBeInTheDocument();
    expect(posts()).toEqual([]);

    await chooseRadio(within(form).getByRole("radio", { name: "3月6日周五" }));
    await chooseRadio(within(form).getByRole("radio", { name: "09:00–11:00" }));
    await userEvent.click(within(form).getByRole("button", { name: "确认改约" }));
    expect(await screen.findByText("3月6日周五 09:00–11:00")).toBeInTheDocument();
    expect(new URL(posts()[0]!.url).pathname).toBe(`/api/v1/public/bookings/${CODE}/reschedule`);
    expect(await posts()[0]!.json()).toEqual({ slot: moved });
  });

  it("does not offer to move the visit while the free slots cannot be read", async () => {
    renderTracking(bookingStatus({ canReschedule: true, canCancel: true }), undefined, false);
    expect(await screen.findByRole("button", { name: "取消预约" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "改约时间" })).not.toBeInTheDocument();
  });

  it("asks before cancelling and sends the reason when one is given", async () => {
    const { posts } = renderTracking(bookingStatus({ canCancel: true }), () =>
      json(bookingStatus({ stage: "CANCELLED", appointment: undefined })),
    );
    await userEvent.click(await screen.findByRole("button", { name: "取消预约" }));
    const dialog = screen.getByRole("dialog", { name: "取消预约 SR-000042？" });
    await userEvent.click(within(dialog).getByRole("button", { name: "不取消" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(posts()).toEqual([]);

    await userEvent.click(screen.getByRole("button", { name: "取消预约" }));
    const again = screen.getByRole("dialog", { name: "取消预约 SR-000042？" });
    await userEvent.type(within(again).getByLabelText("取消原因"), "已自行安装");
    await userEvent.click(within(again).getByRole("button", { name: "确认取消" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(screen.getAllByText("已取消").length).toBeGreaterThan(0);
    expect(screen.queryByRole("list", { name: "服务进度" })).not.toBeInTheDocument();
    expect(await posts()[0]!.json()).toEqual({ reason: "已自行安装" });
  });

  it("says so when the booking can no longer be changed, and shows what it allows now", async () => {
    let refused = false;
    const { requests } = renderTracking(bookingStatus({ canConfirm: true }), () => {
      refused = true;
      return json(
        problem({
          status: 409,
          type: "https://aftercare.dev/problems/booking-not-changeable",
          title: "Not possible now",
          errors: [{ field: "stage", message: "is ON_THE_WAY" }],
        }),
        409,
      );
    });
    await userEvent.click(await screen.findByRole("button", { name: "确认上门时间" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("这次预约现在不能这样修改了");
    expect(refused).toBe(true);
    // The booking is read again after the refusal.
    await waitFor(() =>
      expect(requests.filter((request) => request.method === "GET" && request.url.includes(CODE)).length).toBe(2),
    );
  });

  it("says in Chinese how long to wait when the server is busy, with its English words and error id only under 详情", async () => {
    renderTracking(bookingStatus({ canConfirm: true }), () => {
      const answer = json(
        problem({
          status: 429,
          type: "https://aftercare.dev/problems/rate-limited",
          title: "Too many requests",
          detail: "Slow down: at most 50 requests per second are allowed (bursts of 100).",
          errorId: "e-tracking-429",
        }),
        429,
      );
      answer.headers.set("Retry-After", "5");
      return answer;
    });
    await userEvent.click(await screen.findByRole("button", { name: "确认上门时间" }));
    const alert = await screen.findByRole("alert");
    const disclosure = alert.querySelector("details")!;
    expect(disclosure.open).toBe(false);
    const visible = alert.textContent!.replace(disclosure.textContent!, "");
    expect(visible).toContain("短时间内请求过多。");
    expect(visible).toContain("请在 5 秒后重试。");
    expect(visible).not.toMatch(/Too many requests|Slow down|e-tracking-429/);
    expect(within(disclosure).getByText("详情")).toBeInTheDocument();
    expect(disclosure).toHaveTextContent("Slow down");
    expect(disclosure).toHaveTextContent("e-tracking-429");
  });

  it("shows the installer's report and takes the customer's signature and ratings", async () => {
    const context = new Proxy({}, { get: () => () => {}, set: () => true });
    vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(context as unknown as CanvasRenderingContext2D);
    vi.spyOn(HTMLCanvasElement.prototype, "toDataURL").mockReturnValue(PNG);
    const awaiting = bookingStatus({
      stage: "AWAITING_SIGN_OFF",
      canSignOff: true,
      work: { faultCause: "新装机", solution: "安装室内外机并调试", partsReplaced: ["膨胀螺栓 × 4"] },
    });
    const { posts } = renderTracking(awaiting, () =>
      json(bookingStatus({ stage: "DONE", ratings: { attitude: 5, timeliness: 4, quality: 5 } })),
    );
    const form = await screen.findByRole("form", { name: "确认服务并签字" });
    expect(screen.getByText("安装室内外机并调试")).toBeInTheDocument();
    expect(screen.getByText("膨胀螺栓 × 4")).toBeInTheDocument();

    await userEvent.click(within(form).getByRole("button", { name: "提交签字和评价" }));
    await waitFor(() =>
      expect(within(form).getByRole("img", { name: "您的签名" })).toHaveAccessibleDescription(/请在签名框内签名/),
    );
    expect(posts()).toEqual([]);

    const pad = within(form).getByRole("img", { name: "您的签名" });
    fireEvent.pointerDown(pad, { pointerId: 1, pointerType: "touch", clientX: 10, clientY: 10 });
    fireEvent.pointerMove(pad, { pointerId: 1, pointerType: "touch", clientX: 60, clientY: 30 });
    fireEvent.pointerUp(pad, { pointerId: 1, pointerType: "touch", clientX: 60, clientY: 30 });
    for (const [aspect, value] of [
      ["服务态度", "5"],
      ["及时性", "4"],
      ["服务质量", "5"],
    ] as const) {
      // The customer taps the score's button (antd draws the radio as a button over its hidden input).
      await userEvent.click(within(within(form).getByRole("radiogroup", { name: aspect })).getByText(`${value} 分`));
    }
    await userEvent.type(within(form).getByLabelText("意见和建议（选填）"), "师傅很专业");
    await userEvent.click(within(form).getByRole("button", { name: "提交签字和评价" }));

    expect(await screen.findByText("服务态度 5 分")).toBeInTheDocument();
    expect(screen.queryByRole("form", { name: "确认服务并签字" })).not.toBeInTheDocument();
    expect(new URL(posts()[0]!.url).pathname).toBe(`/api/v1/public/bookings/${CODE}/sign-off`);
    expect(await posts()[0]!.json()).toEqual({
      signaturePng: PNG.slice("data:image/png;base64,".length),
      ratings: { attitude: 5, timeliness: 4, quality: 5 },
      suggestions: "师傅很专业",
    });
  });

  it("offers the signed service report as a plain public link, in the page's language, once there is one", async () => {
    const { requests } = renderTracking(
      bookingStatus({
        stage: "DONE",
        ratings: { attitude: 5, timeliness: 4, quality: 5 },
        workOrderId: "0193a5c8-0000-7000-8000-0000000b0001",
        hasServiceReport: true,
      }),
    );
    const report = await screen.findByRole("region", { name: "服务报告书" });
    const link = within(report).getByRole("link", { name: "下载服务报告书" });
    // The browser fetches the public file itself (no token needed) and saves it under the server's name.
    expect(link).toHaveAttribute("href", `/api/v1/public/bookings/${CODE}/service-report?lang=zh-CN`);
    expect(link).toHaveAttribute("download");
    expect(requests.some((request) => request.url.includes("/service-report"))).toBe(false);
  });

  it("offers no service report while there is none", async () => {
    renderTracking(bookingStatus({ stage: "DONE", hasServiceReport: false }));
    expect(await screen.findByRole("heading", { level: 1, name: "预约 SR-000042" })).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "服务报告书" })).not.toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "下载服务报告书" })).not.toBeInTheDocument();
  });

  it("tells the customer when no booking has the code", async () => {
    const api = createApiClient({
      baseUrl: "http://app.test",
      accessToken: async () => null,
      onUnauthorized: () => {},
      fetch: async () =>
        json(problem({ status: 404, type: "https://aftercare.dev/problems/not-found", title: "Not found" }), 404),
    });
    const router = createMemoryRouter([{ path: "/track/:trackingCode", element: <TrackingRoute /> }], {
      initialEntries: ["/track/nope"],
    });
    render(
      <ApiClientContext.Provider value={api}>
        <QueryClientProvider client={createQueryClient()}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </ApiClientContext.Provider>,
    );
    expect(await screen.findByRole("alert")).toHaveTextContent("没有找到这个查询码对应的预约");
  });
});

afterEach(() => vi.restoreAllMocks());
