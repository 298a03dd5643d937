import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RouterProvider, createMemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import { me, servicePromise, workOrder } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { WorkOrderBoardRoute } from "./WorkOrderBoardRoute";

describe("work order board", () => {
  it("shows each order's on-site promise and narrows the board to one promise state", async () => {
    await i18n.changeLanguage("zh-CN");
    const orders = [
      workOrder({ id: "0193a5c8-0000-7000-8000-0000000b0001", number: "WO-000041", promise: servicePromise({ status: "BREACHED" }) }),
      workOrder({ id: "0193a5c8-0000-7000-8000-0000000b0002", number: "WO-000042", promise: servicePromise({ status: "ON_TRACK" }) }),
      workOrder({ id: "0193a5c8-0000-7000-8000-0000000b0003", number: "WO-000043" }),
    ];
    const router = createMemoryRouter([{ path: "/work-orders", element: <WorkOrderBoardRoute /> }], { initialEntries: ["/work-orders"] });
    renderWithApi(
      <RouterProvider router={router} />,
      (request) => json({ items: new URL(request.url).pathname === "/api/v1/work-orders" ? orders : [] }),
      me({ roles: ["dispatcher"] }),
    );
    const table = await screen.findByRole("table", { name: "待派工" });
    expect(within(table).getByRole("columnheader", { name: "服务承诺" })).toBeInTheDocument();
    expect(within(table).getAllByRole("row")).toHaveLength(4);
    expect(within(table).getAllByRole("row")[1]).toHaveTextContent("已超时");

    await userEvent.selectOptions(screen.getByRole("combobox", { name: "服务承诺" }), "已超时");
    expect(within(screen.getByRole("table", { name: "待派工" })).getAllByRole("link").map((link) => link.textContent)).toEqual([
      "WO-000041",
    ]);
    expect(router.state.location.search).toBe("?promiseStatus=BREACHED");
  });
});
