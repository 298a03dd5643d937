import { screen } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import type { Schema } from "@/lib/api/schema-types";
import { json, renderWithApi } from "@/test/render";
import { MyMonth } from "./MyMonth";

const MINE: Schema<"KpiReport"> = {
  from: "2026-12-01",
  to: "2026-12-06",
  previousFrom: "2026-11-25",
  previousTo: "2026-11-30",
  timeZone: "Asia/Shanghai",
  filters: { installerId: "0b6f1c1e-0000-4000-8000-000000000001", servicePointId: null, productId: null, type: null },
  figures: [
    { kpi: "FIRST_TIME_FIX_RATE", unit: "PERCENT", value: 87.5, previous: 100, base: 8, count: 7, breakdown: [] },
    { kpi: "SATISFACTION", unit: "SCORE", value: 4.6, previous: null, base: 12, breakdown: [] },
    { kpi: "LATE_ARRIVAL_RATE", unit: "PERCENT", value: 12.5, previous: 0, base: 8, count: 1, breakdown: [] },
    { kpi: "FINES", unit: "MONEY", value: 50, previous: 0, breakdown: [] },
    { kpi: "REWARDS", unit: "MONEY", value: 10, previous: 0, breakdown: [] },
  ],
};

describe("MyMonth", () => {
  it("shows the installer's month in a few numbers, the ledger's linking to it", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderWithApi(
      <MemoryRouter>
        <MyMonth />
      </MemoryRouter>,
      () => json(MINE),
    );
    expect(await screen.findByText("我的本月（2026-12-01 至 2026-12-06）")).toBeInTheDocument();
    expect(screen.getByText("完工").nextSibling).toHaveTextContent("8");
    expect(screen.getByText("一次修复").nextSibling).toHaveTextContent("87.5 %");
    expect(screen.getByText("客户评分").nextSibling).toHaveTextContent("4.6 / 5");
    expect(screen.getByText("迟到").nextSibling).toHaveTextContent("1");
    expect(screen.getByRole("link", { name: /^罚款: .*50\.00$/ })).toHaveAttribute("href", "/discipline");
    expect(requests.map((r) => new URL(r.url).pathname)).toEqual(["/api/v1/kpis/mine"]);
  });
});
