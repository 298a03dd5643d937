import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RouterProvider, createMemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import { me, objection, servicePromise } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { ObjectionsRoute } from "./ObjectionsRoute";

// antd renders slowly in jsdom on a busy machine.
describe("objection list", { timeout: 60_000 }, () => {
  it("lists the objections awaiting a commitment with source, deadline and escalation, and filters escalated ones", async () => {
    await i18n.changeLanguage("zh-CN");
    const router = createMemoryRouter([{ path: "/objections", element: <ObjectionsRoute /> }], {
      initialEntries: ["/objections"],
    });
    const { requests } = renderWithApi(
      <RouterProvider router={router} />,
      () =>
        json({
          items: [
            objection({
              source: "SIGN_OFF_REFUSED",
              escalated: true,
              promise: servicePromise({ kind: "OBJECTION_COMMITMENT", status: "AT_RISK" }),
            }),
          ],
        }),
      me({ roles: ["manager"] }),
    );
    const table = await screen.findByRole("table", { name: "异议处理" });
    const row = await within(table).findByRole("row", { name: /OB-000042/ });
    expect(within(row).getByRole("link", { name: "OB-000042" })).toHaveAttribute(
      "href",
      "/objections/0193a5c8-0000-7000-8000-0000000f8001",
    );
    expect(row).toHaveTextContent("客户拒签");
    expect(row).toHaveTextContent("已上报主管");
    expect(row.querySelector(".promise-badge--at-risk")).not.toBeNull();

    const lists = () =>
      requests.map((request) => new URL(request.url)).filter((url) => url.pathname === "/api/v1/objections");
    expect(lists()[0]!.searchParams.get("status")).toBe("OPEN");
    expect(lists()[0]!.searchParams.has("escalated")).toBe(false);
    await userEvent.click(screen.getByRole("checkbox", { name: "只看已上报主管的" }));
    await expect.poll(() => lists().at(-1)?.searchParams.get("escalated")).toBe("true");
  });
});
