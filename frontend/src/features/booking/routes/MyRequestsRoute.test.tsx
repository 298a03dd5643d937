import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import { bookingStatus, me } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { MyRequestsRoute } from "./MyRequestsRoute";

afterEach(() => vi.restoreAllMocks());

// antd renders slowly in jsdom on a busy machine.
describe("my requests", { timeout: 120_000 }, () => {
  it("lists the signed-in customer's requests with their stage and visit, and links to booking another", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderWithApi(
      <MemoryRouter>
        <MyRequestsRoute />
      </MemoryRouter>,
      () =>
        json({
          items: [
            bookingStatus({ number: "SR-000043", stage: "RECEIVED", appointment: undefined, installerName: undefined }),
            bookingStatus(),
          ],
        }),
      me({ username: "wang.fang", displayName: "王芳", roles: ["customer"] }),
    );
    const received = await screen.findByRole("article", { name: "SR-000043 · 已受理" });
    expect(within(received).getByText(/3月5日周四 09:00–11:00/)).toBeInTheDocument();
    expect(within(received).getByText("（待安排）")).toBeInTheDocument();
    const scheduled = screen.getByRole("article", { name: "SR-000042 · 已安排" });
    expect(within(scheduled).getByText("李师傅")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "预约上门服务" })).toHaveAttribute("href", "/my-booking");
    expect(new URL(requests[0]!.url).pathname).toBe("/api/v1/my/requests");
  });

  it("downloads the signed service report of a request that has one, with the customer's session", async () => {
    await i18n.changeLanguage("zh-CN");
    const workOrderId = "0193a5c8-0000-7000-8000-0000000b0001";
    const created = vi.spyOn(URL, "createObjectURL").mockReturnValue("blob:service-report");
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const { requests } = renderWithApi(
      <MemoryRouter>
        <MyRequestsRoute />
      </MemoryRouter>,
      (request) =>
        new URL(request.url).pathname.endsWith("/service-report")
          ? new Response(new Blob(["%PDF-1.7"]), {
              headers: {
                "Content-Type": "application/pdf",
                "Content-Disposition": 'attachment; filename="service-report-WO-000057.pdf"',
              },
            })
          : json({
              items: [
                bookingStatus({ number: "SR-000043", stage: "SCHEDULED", workOrderId: undefined }),
                bookingStatus({ stage: "DONE", workOrderId, hasServiceReport: true }),
              ],
            }),
      me({ username: "wang.fang", displayName: "王芳", roles: ["customer"] }),
    );
    const done = await screen.findByRole("article", { name: "SR-000042 · 已完成" });
    const scheduled = screen.getByRole("article", { name: "SR-000043 · 已安排" });
    expect(within(scheduled).queryByRole("button", { name: /下载服务报告书/ })).not.toBeInTheDocument();

    await userEvent.click(within(done).getByRole("button", { name: "下载服务报告书（SR-000042）" }));
    await waitFor(() => expect(saved).toEqual(["service-report-WO-000057.pdf"]));
    const download = requests.find((request) => request.url.includes("/service-report"))!;
    const url = new URL(download.url);
    expect(url.pathname).toBe(`/api/v1/my/work-orders/${workOrderId}/service-report`);
    expect(url.searchParams.get("lang")).toBe("zh-CN");
    expect(download.headers.get("Authorization")).toBe("Bearer token");
    expect(created).toHaveBeenCalled();
  });

  it("records an objection to a request and shows the number it is filed under", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderWithApi(
      <MemoryRouter>
        <MyRequestsRoute />
      </MemoryRouter>,
      (request) =>
        request.method === "POST"
          ? json({ number: "OB-000012" }, 201)
          : json({ items: [bookingStatus({ stage: "DONE", canReschedule: false, canCancel: false })] }),
      me({ username: "wang.fang", displayName: "王芳", roles: ["customer"] }),
    );
    const done = await screen.findByRole("article", { name: "SR-000042 · 已完成" });
    await userEvent.click(within(done).getByRole("button", { name: "提出异议" }));
    const dialog = await screen.findByRole("dialog", { name: "对 SR-000042 提出异议" });
    await userEvent.type(within(dialog).getByLabelText("您有什么不同意见？"), "收费不对");
    await userEvent.click(within(dialog).getByRole("button", { name: "提交异议" }));
    expect(await within(dialog).findByText(/编号 OB-000012/)).toBeInTheDocument();
    const post = requests.find((request) => request.method === "POST")!;
    expect(new URL(post.url).pathname).toBe("/api/v1/my/requests/SR-000042/objection");
    expect(await post.json()).toEqual({ description: "收费不对" });
  });
});
