import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RouterProvider, createMemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import type { Schema } from "@/lib/api/schema-types";
import { json, renderWithApi } from "@/test/render";
import { ReportDetailRoute } from "./ReportDetailRoute";
import { ReportsRoute } from "./ReportsRoute";

const ID = "0193a5c8-0000-7000-8000-00000000e001";

const REPORT: Schema<"PeriodicReport"> = {
  id: ID,
  kind: "WEEKLY",
  periodStart: "2026-11-16",
  periodEnd: "2026-11-22",
  generatedAt: "2026-11-23T01:00:00Z",
  generatedBy: "system",
  content: {
    tenantName: "北极星安装服务",
    timeZone: "Asia/Shanghai",
    currency: "CNY",
    figures: [
      {
        kpi: "REQUESTS",
        unit: "COUNT",
        value: 3,
        previous: 1,
        breakdown: [
          { dimension: "channel", key: "PHONE", value: 2, previous: 1 },
          { dimension: "channel", key: "WEB", value: 1, previous: 0 },
          { dimension: "category", key: "FAULT", value: 3, previous: 1 },
        ],
      },
      { kpi: "PHONE_RESOLUTION_RATE", unit: "PERCENT", value: 50, previous: null, base: 2, count: 1, breakdown: [] },
      { kpi: "FINES", unit: "MONEY", value: 150, previous: 0, breakdown: [] },
    ],
    requestOutcomes: [{ key: "RESOLVED_BY_PHONE", count: 1 }],
    unansweredCalls: 2,
    warnings: [
      {
        number: "EW-000001",
        productName: "冷柜 K-200",
        faultCategory: "no-cooling",
        faultCategoryName: "不制冷",
        rule: "MONTHLY",
        periodStart: "2026-11-01",
        periodEnd: "2026-11-30",
        occurrences: 3,
        routedTo: "ENGINEERING",
        status: "OPEN",
      },
    ],
    spotChecks: { visits: 1, averageScore: 3, poorAnswers: 1 },
    installers: [
      {
        installerId: "0b6f1c1e-0000-4000-8000-000000000001",
        name: "李师傅",
        ordersDone: 4,
        firstTimeFixed: 3,
        checkIns: 4,
        late: 1,
        satisfaction: 4.5,
        verifiedComplaints: 0,
      },
    ],
    servicePoints: [{ name: "", ordersDone: 4, late: 1 }],
  },
};

function renderAt(path: string, answer: Parameters<typeof renderWithApi>[1]) {
  const router = createMemoryRouter(
    [
      { path: "/reports", element: <ReportsRoute /> },
      { path: "/reports/:reportId", element: <ReportDetailRoute /> },
    ],
    { initialEntries: [path] },
  );
  return { router, ...renderWithApi(<RouterProvider router={router} />, answer) };
}

describe("reports", () => {
  it("lists the kept reports with who made them and opens a generated one", async () => {
    await i18n.changeLanguage("zh-CN");
    const { router, requests } = renderAt("/reports", (request) => {
      if (request.method === "POST") return json(REPORT, 201);
      if (new URL(request.url).pathname === `/api/v1/reports/${ID}`) return json(REPORT);
      return json({ items: [REPORT] });
    });
    expect(await screen.findByRole("link", { name: "周报 · 2026-11-16 – 2026-11-22" })).toHaveAttribute(
      "href",
      `/reports/${ID}`,
    );
    expect(screen.getByText("自动生成")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "下载周报（2026-11-16 起）PDF" })).toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "生成" }));
    expect(await screen.findByText("请选择周期")).toBeInTheDocument();
    expect(requests.some((r) => r.method === "POST")).toBe(false);
    await userEvent.click(screen.getByRole("textbox", { name: "周" }));
    await userEvent.type(screen.getByRole("textbox", { name: "周" }), "2026-47周{enter}");
    await userEvent.click(screen.getByRole("button", { name: "生成" }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/reports/${ID}`));
    const posted = requests.find((r) => r.method === "POST");
    expect(await posted?.json()).toEqual({
      kind: "WEEKLY",
      periodStart: expect.stringMatching(/^2026-11-1[6-9]|2026-11-2[0-2]$/),
    });
  });

  it("shows a kept report's tables in words, with its files", async () => {
    await i18n.changeLanguage("zh-CN");
    renderAt(`/reports/${ID}`, () => json(REPORT));
    expect(await screen.findByRole("heading", { name: "周报 2026-11-16 – 2026-11-22" })).toBeInTheDocument();
    const indicators = screen.getByText("关键指标").closest(".ant-card") as HTMLElement;
    expect(within(indicators).getByRole("row", { name: /电话解决率 50 % —/ })).toBeInTheDocument();
    expect(within(indicators).getByRole("row", { name: /罚款及扣款/ })).toHaveTextContent("150.00");
    expect(screen.getByRole("row", { name: /来电 2 1/ })).toBeInTheDocument();
    expect(screen.getByRole("row", { name: /EW-000001 冷柜 K-200 不制冷 月内反复/ })).toHaveTextContent("技术部门");
    expect(screen.getByRole("row", { name: /李师傅 4 3 4 1 4.5 \/ 5 0/ })).toBeInTheDocument();
    expect(screen.getByRole("row", { name: /未指定网点 4 1/ })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "下载周报（2026-11-16 起）Excel" })).toBeInTheDocument();
  });
});
