import { screen, within } from "@testing-library/react";
import { RouterProvider, createMemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import { followUp, me, servicePromise } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { chooseOption } from "@/test/select-option";
import { FollowUpsRoute } from "./FollowUpsRoute";

function renderWorklist(initialEntry = "/follow-ups") {
  const router = createMemoryRouter([{ path: "/follow-ups", element: <FollowUpsRoute /> }], {
    initialEntries: [initialEntry],
  });
  const view = renderWithApi(
    <RouterProvider router={router} />,
    () =>
      json({
        items: [
          followUp({
            attempts: 1,
            nextAttemptAt: "2026-03-06T14:00:00+08:00",
            promise: servicePromise({ kind: "FOLLOW_UP", status: "BREACHED" }),
          }),
        ],
      }),
    me({ roles: ["dispatcher"] }),
  );
  const lists = () =>
    view.requests.map((request) => new URL(request.url)).filter((url) => url.pathname === "/api/v1/follow-ups");
  return { ...view, lists };
}

describe("follow-up worklist", () => {
  it("opens on the open calls due now and shows whom to call about which order", async () => {
    await i18n.changeLanguage("zh-CN");
    const { lists } = renderWorklist();
    const table = await screen.findByRole("table", { name: "回访工作台" });
    const row = await within(table).findByRole("row", { name: /FU-000042/ });
    expect(within(row).getByRole("link", { name: "FU-000042" })).toHaveAttribute(
      "href",
      "/follow-ups/0193a5c8-0000-7000-8000-0000000f7001",
    );
    expect(within(row).getByRole("link", { name: "138-1234-5678" })).toHaveAttribute("href", "tel:13812345678");
    expect(within(row).getByRole("link", { name: "WO-000042" })).toHaveAttribute(
      "href",
      "/work-orders/0193a5c8-0000-7000-8000-0000000b0001",
    );
    expect(row).toHaveTextContent("服务后回访");
    expect(row).toHaveTextContent("2026/03/06 14:00 （应于 2026/03/06 10:00）");
    expect(row).toHaveTextContent("已超时");
    const query = lists()[0]!.searchParams;
    expect(query.get("status")).toBe("OPEN");
    expect(query.get("dueBy")).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("lists every follow-up of a kind, due or not, when the filters say so", async () => {
    await i18n.changeLanguage("zh-CN");
    const { lists } = renderWorklist();
    await screen.findByRole("table");
    await chooseOption(screen.getByRole("combobox", { name: "拨打时间" }), "全部（含未到时间）");
    await chooseOption(screen.getByRole("combobox", { name: "类型" }), "抽查上门回访");
    await expect.poll(() => lists().at(-1)?.searchParams.get("kind")).toBe("SPOT_CHECK_VISIT");
    expect(lists().at(-1)?.searchParams.has("dueBy")).toBe(false);
    expect(lists().at(-1)?.searchParams.get("status")).toBe("OPEN");
  });
});
