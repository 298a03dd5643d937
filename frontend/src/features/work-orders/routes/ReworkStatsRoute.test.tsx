import { screen, within } from "@testing-library/react";
import { RouterProvider, createMemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import { installer } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { chooseOption } from "@/test/select-option";
import { ReworkStatsRoute } from "./ReworkStatsRoute";

const LI = "0193a5c8-0000-7000-8000-0000000a0001";
const ZHANG = "0193a5c8-0000-7000-8000-0000000a0002";
const GONE = "0193a5c8-0000-7000-8000-0000000a0003";

describe("rework by installer", () => {
  it("lists installer-caused rework by name, highest first, for the chosen period", async () => {
    await i18n.changeLanguage("zh-CN");
    const router = createMemoryRouter([{ path: "/work-orders/rework", element: <ReworkStatsRoute /> }], {
      initialEntries: ["/work-orders/rework"],
    });
    const { requests } = renderWithApi(<RouterProvider router={router} />, (request) => {
      const { pathname } = new URL(request.url);
      if (pathname === "/api/v1/installers") {
        return json({
          items: [installer({ id: LI, displayName: "李师傅" }), installer({ id: ZHANG, displayName: "张师傅" })],
        });
      }
      return json({
        items: [
          { installerId: LI, count: 1 },
          { installerId: ZHANG, count: 3 },
          { installerId: GONE, count: 2 },
        ],
      });
    });
    const table = await screen.findByRole("table", { name: "返修统计" });
    await within(table).findByText("李师傅");
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual(["张师傅3", "0193a5c8…2", "李师傅1"]);

    expect(screen.getByText("返修合计").closest(".ant-statistic")).toHaveTextContent("6");
    await chooseOption(screen.getByRole("combobox", { name: "统计期间" }), "最近 90 天");
    await expect
      .poll(() => requests.filter((r) => new URL(r.url).pathname === "/api/v1/work-orders/rework-counts").length)
      .toBe(2);
    const last = requests.filter((r) => new URL(r.url).pathname === "/api/v1/work-orders/rework-counts").at(-1)!;
    const query = new URL(last.url).searchParams;
    expect(query.get("from")).toMatch(/T00:00:00\+08:00$/);
    expect(query.get("to")).toMatch(/T00:00:00\+08:00$/);
  });
});
