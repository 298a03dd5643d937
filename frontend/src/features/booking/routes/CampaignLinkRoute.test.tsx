import { QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RouterProvider, createMemoryRouter } from "react-router";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import i18n from "@/i18n";
import { ApiClientContext, createApiClient } from "@/lib/api/client";
import type { Schema } from "@/lib/api/schema-types";
import { createQueryClient } from "@/lib/query-client";
import { problem } from "@/test/fixtures";
import { campaignLink } from "@/test/fixtures-campaigns";
import { json, type FakeApi } from "@/test/render";
import { chooseRadio } from "@/test/select-option";
import { CampaignLinkRoute } from "./CampaignLinkRoute";

const CODE = "3f9a2c7e5b1d4e8fa06c9b2d7e4f1a35";
const LINK_PATH = `/api/v1/public/north/campaign-links/${CODE}`;
const BOOKED = {
  requestNumber: "SR-000031",
  trackingCode: "k3v9q2m8x7w4p6r1t5y0u3i8o2a7s4d9",
  trackingUrl: "https://service.example.com/track/k3v9q2m8x7w4p6r1t5y0u3i8o2a7s4d9",
  slot: { start: "2026-12-11T01:00:00Z", end: "2026-12-11T03:00:00Z" },
};

function renderLink(reads: Schema<"CampaignLink">[] | Response, onPost: FakeApi = () => json(BOOKED, 201)) {
  const requests: Request[] = [];
  let read = 0;
  const api = createApiClient({
    baseUrl: "http://app.test",
    accessToken: async () => null,
    onUnauthorized: () => {},
    fetch: async (request) => {
      requests.push(request.clone());
      if (request.method === "GET") {
        if (reads instanceof Response) return reads.clone();
        return new URL(request.url).pathname === LINK_PATH
          ? json(reads[Math.min(read++, reads.length - 1)])
          : json(problem({ status: 404, type: "https://aftercare.dev/problems/not-found" }), 404);
      }
      return onPost(request);
    },
  });
  const router = createMemoryRouter(
    [
      { path: "/c/:tenantSlug/:linkCode", element: <CampaignLinkRoute /> },
      { path: "/track/:trackingCode", element: <p>tracking page</p> },
      { path: "/book/:tenantSlug", element: <p>booking page</p> },
    ],
    { initialEntries: [`/c/north/${CODE}`] },
  );
  render(
    <ApiClientContext.Provider value={api}>
      <QueryClientProvider client={createQueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ApiClientContext.Provider>,
  );
  return { router, posts: () => requests.filter((request) => request.method === "POST"), reads: () => read };
}

beforeEach(async () => {
  await i18n.changeLanguage("zh-CN");
});

afterEach(async () => {
  window.localStorage.clear();
  await i18n.changeLanguage("zh-CN");
});

// antd renders slowly in jsdom on a busy machine.
describe("a customer's campaign link", { timeout: 120_000 }, () => {
  it("greets the customer, shows their products' warranty and books the visit in a slot of the tenant's days", async () => {
    const { posts, router } = renderLink([campaignLink()]);
    expect(await screen.findByRole("heading", { level: 1, name: "冬季免费保养月" })).toBeInTheDocument();
    expect(screen.getByText("王芳，您好！")).toBeInTheDocument();
    expect(screen.getByText(/北区店在 12月10日周四 至 12月24日周四 为您提供一次免费上门保养/)).toBeInTheDocument();
    const form = screen.getByRole("form", { name: "预约上门保养" });
    const products = within(form).getByRole("region", { name: "您的产品" });
    expect(products).toHaveTextContent("壁挂空调 KF-35");
    expect(products).toHaveTextContent("保修至 2027年5月31日周一");
    expect(products).toHaveTextContent("保修已于 2023年2月28日周二 到期");
    // Days of the tenant's zone.
    expect(
      within(within(form).getByRole("radiogroup", { name: "日期" }))
        .getAllByRole("radio")
        .map((day) => day.closest("label")!.textContent),
    ).toEqual(["12月10日周四", "12月11日周五"]);

    await chooseRadio(within(products).getByRole("radio", { name: /燃气热水器/ }));
    await chooseRadio(within(form).getByRole("radio", { name: /公司/ }));
    await chooseRadio(within(form).getByRole("radio", { name: "14:00–16:00" }));
    await userEvent.type(within(form).getByLabelText("给师傅的留言（选填）"), "热水器在阳台");
    await userEvent.click(within(form).getByRole("button", { name: "确认预约" }));

    const receipt = await screen.findByRole("region", { name: "预约已提交" });
    expect(receipt).toHaveTextContent("SR-000031");
    expect(receipt).toHaveTextContent("12月11日周五 09:00–11:00");
    expect(await posts()[0]!.json()).toEqual({
      slot: { start: "2026-12-10T06:00:00Z", end: "2026-12-10T08:00:00Z" },
      assetId: "0193a5c8-0000-7000-8000-0000000a5002",
      siteId: "0193a5c8-0000-7000-8000-0000000b0002",
      note: "热水器在阳台",
    });
    expect(new URL(posts()[0]!.url).pathname).toBe(`${LINK_PATH}/booking`);
    await userEvent.click(within(receipt).getByRole("link", { name: "查看预约进度" }));
    expect(router.state.location.pathname).toBe(`/track/${BOOKED.trackingCode}`);
  });

  it("asks for a time before booking, and for another one when the slot was taken meanwhile", async () => {
    const { posts, reads } = renderLink([campaignLink()], () =>
      json(problem({ status: 409, type: "https://aftercare.dev/problems/slot-not-free", title: "Slot not free" }), 409),
    );
    const form = await screen.findByRole("form", { name: "预约上门保养" });
    await userEvent.click(within(form).getByRole("button", { name: "确认预约" }));
    expect(await within(form).findByText("请选择上门时间段")).toBeInTheDocument();
    expect(posts()).toHaveLength(0);
    await chooseRadio(within(form).getByRole("radio", { name: "09:00–11:00" }));
    await userEvent.click(within(form).getByRole("button", { name: "确认预约" }));
    expect(await within(form).findByText("这个时间段刚被约满了，请另选一个。")).toBeInTheDocument();
    // The free slots are read again.
    await waitFor(() => expect(reads()).toBe(2));
  });

  it("speaks the customer's language", async () => {
    renderLink([campaignLink({ language: "en", customerName: "Anna Smith", campaignName: "Winter check-up" })]);
    expect(await screen.findByText("Hello Anna Smith,")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Book the visit" })).toBeInTheDocument();
  });

  it("shows the visit booked through the link instead of the form", async () => {
    renderLink([
      campaignLink({
        open: false,
        booking: { requestNumber: "SR-000031", slot: { start: "2026-12-11T01:00:00Z", end: "2026-12-11T03:00:00Z" } },
        slots: [],
      }),
    ]);
    const booked = await screen.findByRole("region", { name: "您已预约上门保养" });
    expect(booked).toHaveTextContent("SR-000031");
    expect(booked).toHaveTextContent("12月11日周五 09:00–11:00");
    expect(screen.queryByRole("form")).toBeNull();
  });

  it("says a closed campaign takes no bookings and points to the booking page", async () => {
    renderLink([campaignLink({ open: false, slots: [] })]);
    expect(await screen.findByText("本次活动已不再接受预约。")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "在北区店预约其他上门服务" })).toHaveAttribute("href", "/book/north");
    expect(screen.queryByRole("form")).toBeNull();
  });

  it("stops the messages for good after a confirmation", async () => {
    const { posts } = renderLink([campaignLink()], () => json(campaignLink({ optedOut: true })));
    await userEvent.click(await screen.findByRole("button", { name: "不再接收此类消息" }));
    const confirm = await screen.findByRole("tooltip");
    expect(confirm).toHaveTextContent("确定不再接收北区店的活动消息吗？");
    expect(posts()).toHaveLength(0);
    await userEvent.click(within(confirm).getByRole("button", { name: "不再接收" }));
    expect(await screen.findByText("您将不再收到北区店的活动消息。")).toBeInTheDocument();
    expect(new URL(posts()[0]!.url).pathname).toBe(`${LINK_PATH}/opt-out`);
    expect(screen.queryByRole("button", { name: "不再接收此类消息" })).toBeNull();
    // Opting out of messages does not take back the offer.
    expect(screen.getByRole("form", { name: "预约上门保养" })).toBeInTheDocument();
  });

  it("says an unknown link is not valid", async () => {
    renderLink(json(problem({ status: 404, type: "https://aftercare.dev/problems/not-found" }), 404));
    expect(await screen.findByRole("alert")).toHaveTextContent("这个链接无效。请核对我们发给您的消息，或致电我们。");
  });
});
