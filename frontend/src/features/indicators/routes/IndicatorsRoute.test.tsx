import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RouterProvider, createMemoryRouter } from "react-router";
import { beforeEach, describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import type { Schema } from "@/lib/api/schema-types";
import { json, renderWithApi } from "@/test/render";
import { chooseOption } from "@/test/select-option";
import { IndicatorsRoute } from "./IndicatorsRoute";

// ECharts draws on a canvas jsdom lacks; the chart's text alternative is what a test can read.
vi.mock("../components/KpiChart", () => ({
  KpiChart: ({ summary }: { summary: string }) => <div role="img" aria-label={summary} />,
}));

const INSTALLER = "0b6f1c1e-0000-4000-8000-000000000001";

function figure(
  overrides: Partial<Schema<"KpiFigure">> & Pick<Schema<"KpiFigure">, "kpi" | "unit">,
): Schema<"KpiFigure"> {
  return { value: null, previous: null, breakdown: [], ...overrides };
}

const REPORT: Schema<"KpiReport"> = {
  from: "2026-12-01",
  to: "2026-12-09",
  previousFrom: "2026-11-22",
  previousTo: "2026-11-30",
  timeZone: "Asia/Shanghai",
  filters: {},
  figures: [
    figure({
      kpi: "REQUESTS",
      unit: "COUNT",
      value: 120,
      previous: 100,
      breakdown: [
        { dimension: "channel", key: "PHONE", value: 80, previous: 70 },
        { dimension: "channel", key: "WEB", value: 40, previous: 30 },
        { dimension: "category", key: "FAULT", value: 120, previous: 100 },
      ],
    }),
    figure({ kpi: "PHONE_RESOLUTION_RATE", unit: "PERCENT", value: 25, previous: 20, base: 80, count: 20 }),
    figure({ kpi: "FIRST_TIME_FIX_RATE", unit: "PERCENT", value: 90, previous: 95, base: 50, count: 45 }),
    figure({
      kpi: "PROMISE_COMPLIANCE",
      unit: "PERCENT",
      value: 87.5,
      previous: 90,
      base: 40,
      count: 35,
      breakdown: [
        { dimension: "promiseKind", key: "ON_SITE", value: 80, previous: 90 },
        { dimension: "promiseKind", key: "FOLLOW_UP", value: 100, previous: 100 },
      ],
    }),
    figure({ kpi: "HOURS_TO_ON_SITE", unit: "HOURS", value: 20.5, previous: 24, base: 30 }),
    figure({ kpi: "SATISFACTION", unit: "SCORE", value: 4.6, previous: 4.6, base: 60 }),
    figure({ kpi: "REWORK_RATE", unit: "PERCENT", value: 10, previous: 5, base: 50, count: 5 }),
    figure({
      kpi: "VERIFIED_COMPLAINTS_PER_100_ORDERS",
      unit: "PER_HUNDRED",
      value: 2,
      previous: null,
      base: 50,
      count: 1,
    }),
    figure({ kpi: "LATE_ARRIVAL_RATE", unit: "PERCENT", value: null, previous: null, base: 0, count: 0 }),
    figure({
      kpi: "FINES",
      unit: "MONEY",
      value: 150,
      previous: 200,
      breakdown: [{ dimension: "kind", key: "FINE", value: 150, previous: 200 }],
    }),
  ],
};

const HOME: Schema<"HomeSummary"> = {
  day: "2026-12-09",
  office: {
    unassignedToday: 0,
    atRisk: 0,
    openBreaches: 3,
    scheduledToday: 0,
    inProgress: 0,
    completedToday: 0,
    byInstaller: [],
  },
  decisions: {
    ledgerProposals: 6,
    appeals: 1,
    expenseClaims: 2,
    partnerStatements: 0,
    leaveRequests: 1,
    earlyWarnings: 0,
  },
};

function renderIndicators(initialEntry = "/indicators") {
  const router = createMemoryRouter([{ path: "/indicators", element: <IndicatorsRoute /> }], {
    initialEntries: [initialEntry],
  });
  const view = renderWithApi(<RouterProvider router={router} />, (request) => {
    const { pathname } = new URL(request.url);
    if (pathname === "/api/v1/kpis") return json(REPORT);
    if (pathname === "/api/v1/home") return json(HOME);
    if (pathname === "/api/v1/installers") {
      return json({ items: [{ id: INSTALLER, username: "north.li", displayName: "李师傅" }] });
    }
    return json({ items: [] });
  });
  const kpiQueries = () =>
    view.requests
      .map((request) => new URL(request.url))
      .filter((url) => url.pathname === "/api/v1/kpis")
      .map((url) => url.searchParams);
  return { router, kpiQueries, ...view };
}

describe("IndicatorsRoute", () => {
  beforeEach(async () => {
    await i18n.changeLanguage("en");
  });

  it("shows each figure in its unit with its trend, coloured by whether the change is good", async () => {
    renderIndicators();
    const promises = await screen.findByRole("link", { name: "Promises kept: 87.5%, open the list" });
    expect(promises).toHaveAttribute("href", "/promises?breaches=all");
    const card = promises.closest(".ant-card") as HTMLElement;
    expect(within(card).getByText("35 of 40")).toBeInTheDocument();
    expect(card.querySelector("[data-tone]")).toHaveAttribute("data-tone", "bad");
    expect(within(card).getByText(/Down 2\.5 pt/)).toBeInTheDocument();

    // Lower is better: the hours fell, the rework rose.
    const hours = screen.getByRole("link", { name: "Hours to on site: 20.5 h, open the list" }).closest(".ant-card")!;
    expect(hours.querySelector("[data-tone]")).toHaveAttribute("data-tone", "good");
    const rework = screen.getByRole("link", { name: "Rework rate: 10%, open the list" }).closest(".ant-card")!;
    expect(rework.querySelector("[data-tone]")).toHaveAttribute("data-tone", "bad");

    expect(screen.getByRole("link", { name: "Customer satisfaction: 4.6 / 5, open the list" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Verified complaints: 2 per 100 orders, open the list" })).toHaveAttribute(
      "href",
      "/complaints?status=VERIFIED",
    );
    expect(screen.getByRole("link", { name: "Late arrivals: —, open the list" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Fines and costs charged: CN¥150.00, open the list" })).toHaveAttribute(
      "href",
      "/discipline?kind=FINE&status=CONFIRMED",
    );
    expect(screen.getByRole("link", { name: "Resolved by phone: 25%, open the list" })).toHaveAttribute(
      "href",
      "/service-requests?channel=PHONE&status=RESOLVED_BY_PHONE",
    );
    expect(screen.getByRole("link", { name: "First-time fix: 90%, open the list" })).toHaveAttribute(
      "href",
      "/work-orders/rework",
    );
  });

  it("explains each indicator by its definition when its info button gets the focus", async () => {
    renderIndicators();
    await screen.findByRole("link", { name: /^Promises kept/ });
    const info = screen.getByRole("button", { name: "What “Promises kept” means" });
    info.focus();
    expect(await screen.findByRole("tooltip")).toHaveTextContent(
      "Of the service promises due in the period and decided (met or breached), the share met.",
    );
  });

  it("puts the open breaches and the decisions on top, and links breached promises by kind to their lists", async () => {
    renderIndicators();
    expect(await screen.findByRole("link", { name: "Open promise breaches: 3" })).toHaveAttribute(
      "href",
      "/promises?breaches=open",
    );
    expect(await screen.findByRole("link", { name: "Promises breached in the period: 5" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Ledger proposals: 6" })).toHaveAttribute(
      "href",
      "/discipline?status=PROPOSED",
    );
    const breached = screen.getByRole("navigation", { name: "Breached promises by kind" });
    expect(within(breached).getByRole("link", { name: "On-site promise: breached" })).toHaveAttribute(
      "href",
      "/work-orders?promiseStatus=BREACHED",
    );
    expect(within(breached).getByRole("link", { name: "Follow-up promise: breached" })).toHaveAttribute(
      "href",
      "/follow-ups?promiseStatus=BREACHED&status=all&due=all",
    );
  });

  it("says each chart in words and shows it as a table whose parts open their lists", async () => {
    renderIndicators();
    expect(
      await screen.findByRole("img", { name: "Requests by channel: Phone 80 (previous 70); Web 40 (previous 30)" }),
    ).toBeInTheDocument();
    const card = screen.getByRole("heading", { name: "Requests by channel" }).closest(".ant-card") as HTMLElement;
    await userEvent.click(within(card).getByText("Table"));
    const table = within(card).getByRole("table");
    expect(within(table).getByRole("link", { name: "Phone" })).toHaveAttribute(
      "href",
      "/service-requests?channel=PHONE",
    );
  });

  it("keeps the period and the filters in the URL and asks for the figures they name", async () => {
    const { router, kpiQueries } = renderIndicators("/indicators?from=2026-10-01&to=2026-10-31");
    await screen.findByRole("link", { name: /^Promises kept/ });
    expect(kpiQueries()[0]?.get("from")).toBe("2026-10-01");
    expect(kpiQueries()[0]?.get("to")).toBe("2026-10-31");

    await userEvent.click(screen.getByText("Last month"));
    await waitFor(() => expect(router.state.location.search).toBe("?period=lastMonth"));

    await chooseOption(screen.getByRole("combobox", { name: "Installer" }), "李师傅");
    await waitFor(() => expect(router.state.location.search).toBe(`?period=lastMonth&installerId=${INSTALLER}`));
    await waitFor(() => expect(kpiQueries().at(-1)?.get("installerId")).toBe(INSTALLER));
    // The installer's lists open narrowed to them too.
    expect(await screen.findByRole("link", { name: /^Fines and costs charged/ })).toHaveAttribute(
      "href",
      `/discipline?kind=FINE&status=CONFIRMED&installerId=${INSTALLER}`,
    );
  });
});
