import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RouterProvider, createMemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import type { Schema } from "@/lib/api/schema-types";
import { customer, customerSite, me, problem, serviceRequest, workOrder } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { ServiceRequestDetailRoute } from "./ServiceRequestDetailRoute";

const SITE = "0193a5c8-0000-7000-8000-0000000c5001";
const ORDER = "0193a5c8-0000-7000-8000-0000000b0043";

function renderDetail(request: Schema<"ServiceRequest">, onPost: (path: string, body: unknown) => Response) {
  const router = createMemoryRouter(
    [{ path: "/service-requests/:serviceRequestId", element: <ServiceRequestDetailRoute /> }],
    {
      initialEntries: [`/service-requests/${request.id}`],
    },
  );
  return renderWithApi(
    <RouterProvider router={router} />,
    async (call) => {
      const url = new URL(call.url);
      if (call.method === "POST") return onPost(url.pathname, await call.json());
      if (url.pathname === `/api/v1/service-requests/${request.id}`) return json(request);
      if (url.pathname === `/api/v1/customers/${request.customerId}`) {
        return json(
          customer({
            id: request.customerId,
            sites: [customerSite({ id: SITE, label: "家", address: "文三路 100 号" })],
          }),
        );
      }
      if (url.pathname === `/api/v1/work-orders/${ORDER}`) {
        return json({ order: workOrder({ id: ORDER, number: "WO-000043" }), timeline: [] });
      }
      return json({ items: [] });
    },
    me({ roles: ["dispatcher"] }),
  );
}

describe("service request detail", () => {
  it("converts an open request into an electrical installation and links to the new order", async () => {
    await i18n.changeLanguage("zh-CN");
    const open = serviceRequest({ version: 2 });
    const sent: { path: string; body: unknown }[] = [];
    renderDetail(open, (path, body) => {
      sent.push({ path, body });
      return json({ ...open, status: "CONVERTED", workOrderId: ORDER, version: 3 });
    });
    await userEvent.click(await screen.findByRole("button", { name: "转为工单" }));
    const form = screen.getByRole("form", { name: "转为工单" });
    expect(within(form).getByRole("combobox", { name: "类型" }).closest(".ant-select")).toHaveTextContent("安装");
    // The customer's only site is chosen at once.
    const site = within(form).getByRole("combobox", { name: "服务地点" });
    await waitFor(() => expect(site.closest(".ant-select")).toHaveTextContent("文三路 100 号"));
    await userEvent.click(within(form).getByRole("checkbox", { name: "电气作业（客户供电线路）" }));
    expect(form).toHaveTextContent("需要：电工证");
    await userEvent.click(within(form).getByRole("button", { name: /添加物品/ }));
    await userEvent.type(within(form).getByRole("textbox", { name: "第 1 项物品" }), "铜管 5 米");
    await userEvent.click(within(form).getByRole("button", { name: "创建工单" }));

    const converted = (await screen.findByText("已转为工单")).closest<HTMLElement>('[role="status"]')!;
    expect(converted).not.toBeNull();
    expect(await within(converted).findByRole("link", { name: "打开工单 WO-000043" })).toHaveAttribute(
      "href",
      `/work-orders/${ORDER}`,
    );
    expect(screen.queryByRole("button", { name: "转为工单" })).not.toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.path).toBe(`/api/v1/service-requests/${open.id}/convert`);
    expect(sent[0]?.body).toMatchObject({
      version: 2,
      type: "INSTALLATION",
      siteId: SITE,
      tasks: { electricalWork: true, welding: false, workAtHeight: false },
      itemsToBring: [{ name: "铜管 5 米", quantity: 1 }],
    });
  });

  it("records a phone resolution and asks to reload when someone else handled the request first", async () => {
    await i18n.changeLanguage("zh-CN");
    const open = serviceRequest({ category: "CONSULTATION", version: 0 });
    renderDetail(open, () =>
      json(
        problem({
          status: 409,
          type: "https://aftercare.dev/problems/request-closed",
          title: "Request already handled",
          detail: "Service request SR-000042 is DISMISSED already.",
          errors: [{ field: "status", message: "is DISMISSED" }],
        }),
        409,
      ),
    );
    await userEvent.click(await screen.findByRole("button", { name: "电话已解决" }));
    const form = screen.getByRole("form", { name: "电话解决" });
    await userEvent.click(within(form).getByRole("button", { name: "确认电话已解决" }));
    await waitFor(() =>
      expect(within(form).getByRole("textbox", { name: "答复内容" })).toHaveAccessibleDescription(/必填/),
    );
    await userEvent.type(within(form).getByRole("textbox", { name: "答复内容" }), "保修两年，已告知");
    await userEvent.click(within(form).getByRole("button", { name: "确认电话已解决" }));
    const alert = await within(form).findByRole("alert");
    expect(alert).toHaveTextContent("这个请求刚被其他人处理或修改过");
    expect(alert).toHaveTextContent("SR-000042 is DISMISSED already.");
    expect(within(alert).getByRole("button", { name: "重新加载" })).toBeInTheDocument();
  });
});
