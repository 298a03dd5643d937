import { screen } from "@testing-library/react";
import { RouterProvider, createMemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import type { Schema } from "@/lib/api/schema-types";
import { me } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { HomeRoute } from "./HomeRoute";

const SUMMARY: Schema<"HomeSummary"> = {
  day: "2026-12-07",
  office: {
    unassignedToday: 3,
    atRisk: 2,
    openBreaches: 1,
    scheduledToday: 9,
    inProgress: 4,
    completedToday: 5,
    byInstaller: [
      { installerId: "0b6f1c1e-0000-4000-8000-000000000001", displayName: "李师傅", scheduledToday: 4, inProgress: 1 },
    ],
  },
  decisions: {
    ledgerProposals: 6,
    appeals: 1,
    expenseClaims: 2,
    partnerStatements: 0,
    leaveRequests: 1,
    earlyWarnings: 2,
  },
};

function renderHome(caller: Schema<"Me">, summary = SUMMARY) {
  const router = createMemoryRouter(
    [
      { path: "/", element: <HomeRoute /> },
      { path: "/jobs", element: <p>jobs page</p> },
    ],
    { initialEntries: ["/"] },
  );
  const view = renderWithApi(<RouterProvider router={router} />, () => json(summary), caller);
  return { router, ...view };
}

describe("HomeRoute", () => {
  it("sends an installer straight to their jobs", async () => {
    const { router } = renderHome(me({ roles: ["installer"] }));
    expect(await screen.findByText("jobs page")).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/jobs");
  });

  it("shows a manager today's dispatch and the decisions waiting, each figure opening its filtered list", async () => {
    await i18n.changeLanguage("zh-CN");
    renderHome(me({ displayName: "王经理", roles: ["manager"] }));
    expect(await screen.findByRole("heading", { name: "你好，王经理" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "今日未派工: 3" })).toHaveAttribute(
      "href",
      "/work-orders?unassigned=true&scheduledOn=2026-12-07",
    );
    expect(screen.getByRole("link", { name: "承诺即将超时: 2" })).toHaveAttribute("href", "/promises?status=AT_RISK");
    expect(screen.getByRole("link", { name: "奖惩提议: 6" })).toHaveAttribute("href", "/discipline?status=PROPOSED");
    expect(screen.getByRole("link", { name: "报销单: 2" })).toHaveAttribute("href", "/expense-claims?status=SUBMITTED");
    expect(screen.getByRole("link", { name: "未关闭的质量预警: 2" })).toHaveAttribute("href", "/early-warnings");
    expect(screen.getByRole("link", { name: "李师傅" })).toHaveAttribute(
      "href",
      "/work-orders?installerId=0b6f1c1e-0000-4000-8000-000000000001&scheduledOn=2026-12-07",
    );
  });

  it("shows a dispatcher the day's dispatch without the manager's decisions", async () => {
    await i18n.changeLanguage("zh-CN");
    renderHome(me({ displayName: "周文员", roles: ["dispatcher"] }), { ...SUMMARY, decisions: null });
    expect(await screen.findByRole("link", { name: "今日未派工: 3" })).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "待您决定" })).not.toBeInTheDocument();
  });
});
