import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RouterProvider, createMemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import { me, workOrder } from "@/test/fixtures";
import { faultCategory, product } from "@/test/fixtures-quality";
import { pickOption } from "@/test/pick-option";
import { json, renderWithApi } from "@/test/render";
import { RecordQualityReportRoute } from "./RecordQualityReportRoute";

const ORDER = "0193a5c8-0000-7000-8000-0000000b0001";
const ASSET = "0193a5c8-0000-7000-8000-0000000d0001";
const GPS = product({ id: "0193a5c8-0000-7000-8000-0000000000a2", name: "GPS 终端 T-100", code: "T-100" });

function renderForm(path: string, roles: string[]) {
  const router = createMemoryRouter(
    [
      { path: "/quality-reports/new", element: <RecordQualityReportRoute /> },
      { path: "/jobs/:workOrderId", element: <p>the job</p> },
      { path: "/quality-reports", element: <p>the forms</p> },
    ],
    { initialEntries: [path] },
  );
  const sent: unknown[] = [];
  renderWithApi(
    <RouterProvider router={router} />,
    async (request) => {
      const url = new URL(request.url);
      if (request.method === "POST") {
        const body = await request.json();
        sent.push(body);
        return json({ id: "r1", number: "QR-000009", ...body }, 201);
      }
      if (url.pathname === "/api/v1/catalog-items") return json({ items: [product(), GPS] });
      if (url.pathname === "/api/v1/fault-categories") {
        return json({
          items: [
            faultCategory(),
            faultCategory({ id: "f2", code: "no-signal", name: "无信号", productIds: [GPS.id] }),
          ],
        });
      }
      if (url.pathname === `/api/v1/work-orders/${ORDER}`)
        return json({ order: workOrder({ id: ORDER, number: "WO-000042" }) });
      return json({ items: [] });
    },
    me({ roles }),
  );
  return { sent, router };
}

// antd renders slowly in jsdom on a busy machine.
describe("recording a quality form", { timeout: 60_000 }, () => {
  it("records a product-quality form on the installer's job with its device, back to the job", async () => {
    await i18n.changeLanguage("zh-CN");
    const { sent, router } = renderForm(`/quality-reports/new?workOrderId=${ORDER}&assetId=${ASSET}`, ["installer"]);
    expect(await screen.findByText("工单 WO-000042")).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: /产品质量信息单/ })).toBeChecked();
    await pickOption(screen.getByRole("combobox", { name: "故障分类" }), "不制冷");
    await userEvent.type(screen.getByRole("textbox", { name: "问题描述" }), "压缩机启动后 10 分钟停机");
    await userEvent.click(screen.getByRole("button", { name: "提交信息单" }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/jobs/${ORDER}`));
    expect(sent).toEqual([
      expect.objectContaining({
        kind: "PRODUCT_QUALITY",
        assetId: ASSET,
        workOrderId: ORDER,
        faultCategory: "no-cooling",
        description: "压缩机启动后 10 分钟停机",
      }),
    ]);
    expect((sent[0] as { occurredOn: string }).occurredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(sent[0]).not.toHaveProperty("productId");
  });

  it("asks a dispatcher for the product of a feedback form and offers that product's categories", async () => {
    await i18n.changeLanguage("zh-CN");
    const { sent } = renderForm("/quality-reports/new", ["dispatcher"]);
    expect(await screen.findByRole("radio", { name: /信息反馈单/ })).toBeChecked();
    await userEvent.type(screen.getByRole("textbox", { name: "问题描述" }), "客户来电：定位不更新");
    await userEvent.click(screen.getByRole("button", { name: "提交信息单" }));
    await waitFor(() =>
      expect(screen.getByRole("combobox", { name: "产品" })).toHaveAccessibleDescription("请选择产品"),
    );
    expect(sent).toHaveLength(0);
    await pickOption(screen.getByRole("combobox", { name: "产品" }), "GPS 终端 T-100");
    await pickOption(screen.getByRole("combobox", { name: "故障分类" }), "无信号");
    await userEvent.click(screen.getByRole("button", { name: "提交信息单" }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ kind: "FEEDBACK", productId: GPS.id, faultCategory: "no-signal" });
  });
});
