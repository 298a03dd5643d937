import { screen, waitFor, within } from "@testing-library/react";
import { RouterProvider, createMemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import { installer, me, servicePromise, workOrder } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { chooseOption } from "@/test/select-option";
import { WorkOrderBoardRoute } from "./WorkOrderBoardRoute";

const LI = "0193a5c8-0000-7000-8000-0000000a0001";
const orders = [
  workOrder({
    id: "0193a5c8-0000-7000-8000-0000000b0001",
    number: "WO-000041",
    status: "ASSIGNED",
    leadInstallerId: LI,
    promise: servicePromise({ status: "BREACHED" }),
  }),
  workOrder({ id: "0193a5c8-0000-7000-8000-0000000b0002", number: "WO-000042" }),
];

function renderBoard(url: string) {
  const router = createMemoryRouter([{ path: "/work-orders", element: <WorkOrderBoardRoute /> }], {
    initialEntries: [url],
  });
  const view = renderWithApi(
    <RouterProvider router={router} />,
    (request) => {
      const { pathname } = new URL(request.url);
      if (pathname === "/api/v1/installers") return json({ items: [installer({ id: LI, displayName: "李师傅" })] });
      return json({ items: pathname === "/api/v1/work-orders" ? orders : [] });
    },
    me({ roles: ["dispatcher"] }),
  );
  const boardQueries = () =>
    view.requests
      .map((request) => new URL(request.url))
      .filter((request) => request.pathname === "/api/v1/work-orders")
      .map((request) => request.searchParams);
  return { router, boardQueries };
}

describe("work order board", () => {
  it("lists the orders with the crew by name and the on-site promise, each linking to its page", async () => {
    await i18n.changeLanguage("zh-CN");
    renderBoard("/work-orders");
    const table = await screen.findByRole("table", { name: "工单看板" });
    expect(within(table).getByRole("columnheader", { name: "服务承诺" })).toBeInTheDocument();
    const row = (await within(table).findByRole("link", { name: "WO-000041" })).closest("tr")!;
    expect(within(row).getByRole("link", { name: "WO-000041" })).toHaveAttribute(
      "href",
      "/work-orders/0193a5c8-0000-7000-8000-0000000b0001",
    );
    await waitFor(() => expect(row).toHaveTextContent("李师傅"));
    expect(row).toHaveTextContent("已超时");
    expect(within(table).getByRole("link", { name: "WO-000042" }).closest("tr")).toHaveTextContent("未派工");
  });

  it("asks the server for the filters the URL carries, as the home page's figures link them", async () => {
    await i18n.changeLanguage("zh-CN");
    const { boardQueries } = renderBoard(
      "/work-orders?unassigned=true&scheduledOn=2026-12-07&status=NEW&status=ASSIGNED&installerId=" + LI,
    );
    await screen.findByRole("table", { name: "工单看板" });
    await waitFor(() => expect(boardQueries()).not.toHaveLength(0));
    const query = boardQueries()[0]!;
    expect(query.getAll("status")).toEqual(["NEW", "ASSIGNED"]);
    expect(query.get("unassigned")).toBe("true");
    expect(query.get("scheduledOn")).toBe("2026-12-07");
    expect(query.get("installerId")).toBe(LI);
    const filters = screen.getByRole("search", { name: "筛选工单" });
    expect(within(filters).getByText("待派工")).toBeInTheDocument();
    expect(within(filters).getByText("已派工", { selector: ".ant-select-selection-item-content" })).toBeInTheDocument();
  });

  it("narrows the board to one promise state and keeps it in the URL", async () => {
    await i18n.changeLanguage("zh-CN");
    const { router, boardQueries } = renderBoard("/work-orders");
    await screen.findByRole("table", { name: "工单看板" });
    await chooseOption(screen.getByRole("combobox", { name: "服务承诺" }), "已超时");
    await waitFor(() => expect(router.state.location.search).toBe("?promiseStatus=BREACHED"));
    await waitFor(() => expect(boardQueries().at(-1)!.get("promiseStatus")).toBe("BREACHED"));
  });
});
