import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import type { Schema } from "@/lib/api/schema-types";
import { me } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { MyProductsRoute } from "./MyProductsRoute";

afterEach(() => vi.restoreAllMocks());

const REPAIRED = "0193a5c8-0000-7000-8000-0000000b0001";
const INSTALLED = "0193a5c8-0000-7000-8000-0000000b0002";

function product(overrides: Partial<Schema<"MyProduct">> = {}): Schema<"MyProduct"> {
  return {
    id: "0193a5c8-0000-7000-8000-0000000a0001",
    productName: "空调 K-35",
    serialNumber: "K35-2026-0001",
    contractNumber: "HT-2026-001",
    installDate: "2026-01-10",
    warrantyEnd: "2029-01-09",
    underWarranty: true,
    warrantyCovers: "压缩机及整机",
    services: [
      {
        workOrderId: REPAIRED,
        number: "WO-000057",
        type: "REPAIR",
        status: "SIGNED_OFF",
        appointmentStart: "2026-03-05T01:00:00Z",
        installerName: "赵师傅",
        hasServiceReport: true,
      },
      {
        workOrderId: INSTALLED,
        number: "WO-000012",
        type: "INSTALLATION",
        status: "ASSIGNED",
        appointmentStart: "2026-01-10T01:00:00Z",
        hasServiceReport: false,
      },
    ],
    ...overrides,
  };
}

const customer = me({ username: "north.13800000000", displayName: "王芳", roles: ["customer"] });

// antd renders slowly in jsdom on a busy machine.
describe("my products", { timeout: 120_000 }, () => {
  it("shows each product's warranty card and service history in words", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderWithApi(
      <MemoryRouter>
        <MyProductsRoute />
      </MemoryRouter>,
      () =>
        json({
          items: [
            product(),
            product({
              id: "0193a5c8-0000-7000-8000-0000000a0002",
              productName: "热水器 R-60",
              serialNumber: "R60-0002",
              contractNumber: undefined,
              warrantyEnd: "2025-12-31",
              underWarranty: false,
              services: [],
            }),
            product({
              id: "0193a5c8-0000-7000-8000-0000000a0003",
              productName: "净水器 J-1",
              warrantyEnd: undefined,
              underWarranty: false,
              services: [],
            }),
          ],
        }),
      customer,
    );
    const aircon = await screen.findByRole("article", { name: "空调 K-35" });
    expect(within(aircon).getByRole("group", { name: "保修状态" })).toHaveTextContent(/保修期内\s*保修至 2029-01-09/);
    expect(aircon).toHaveTextContent("K35-2026-0001");
    expect(aircon).toHaveTextContent("HT-2026-001");
    expect(aircon).toHaveTextContent("2026-01-10");
    expect(aircon).toHaveTextContent("压缩机及整机");
    const history = within(aircon).getByRole("region", { name: "服务记录" });
    expect(history).toHaveTextContent(/2026\/03\/05\s*维修\s*已完成/);
    expect(history).toHaveTextContent("师傅：赵师傅");
    expect(history).toHaveTextContent(/安装\s*已安排/);
    // Only the visit with a signed report offers it.
    expect(within(history).getAllByRole("button", { name: /服务报告书/ })).toHaveLength(1);
    expect(within(history).getByRole("button", { name: "服务报告书（PDF，WO-000057）" })).toBeInTheDocument();

    const heater = screen.getByRole("article", { name: "热水器 R-60" });
    expect(within(heater).getByRole("group", { name: "保修状态" })).toHaveTextContent(
      /已过保\s*保修已于 2025-12-31 到期/,
    );
    expect(heater).toHaveTextContent("还没有上门服务记录。");
    expect(within(screen.getByRole("article", { name: "净水器 J-1" })).getByRole("group")).toHaveTextContent(
      "保修期未知",
    );
    expect(new URL(requests[0]!.url).pathname).toBe("/api/v1/my/products");
  });

  it("says so when the customer has no product yet", async () => {
    await i18n.changeLanguage("zh-CN");
    renderWithApi(
      <MemoryRouter>
        <MyProductsRoute />
      </MemoryRouter>,
      () => json({ items: [] }),
      customer,
    );
    expect(await screen.findByText("还没有登记在您名下的产品。安装完成后，产品会显示在这里。")).toBeInTheDocument();
  });

  it("downloads a visit's service report with the customer's session", async () => {
    await i18n.changeLanguage("zh-CN");
    vi.spyOn(URL, "createObjectURL").mockReturnValue("blob:service-report");
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const { requests } = renderWithApi(
      <MemoryRouter>
        <MyProductsRoute />
      </MemoryRouter>,
      (request) =>
        new URL(request.url).pathname.endsWith("/service-report")
          ? new Response(new Blob(["%PDF-1.7"]), {
              headers: {
                "Content-Type": "application/pdf",
                "Content-Disposition": 'attachment; filename="service-report-WO-000057.pdf"',
              },
            })
          : json({ items: [product()] }),
      customer,
    );
    await userEvent.click(await screen.findByRole("button", { name: "服务报告书（PDF，WO-000057）" }));
    await waitFor(() => expect(saved).toEqual(["service-report-WO-000057.pdf"]));
    const download = requests.find((request) => request.url.includes("/service-report"))!;
    expect(new URL(download.url).pathname).toBe(`/api/v1/my/work-orders/${REPAIRED}/service-report`);
    expect(download.headers.get("Authorization")).toBe("Bearer token");
  });
});
