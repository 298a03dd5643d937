import { screen, within } from "@testing-library/react";
import { RouterProvider, createMemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import { me, servicePromise } from "@/test/fixtures";
import { connectionSummary } from "@/test/fixtures-connection";
import { json, renderWithApi } from "@/test/render";
import { ConnectionApplicationsRoute } from "./ConnectionApplicationsRoute";

describe("connection applications list", { timeout: 60_000 }, () => {
  it("shows number, customer, class, capacity, state, deadline and plan validity, filtered from the URL", async () => {
    await i18n.changeLanguage("zh-CN");
    const router = createMemoryRouter(
      [{ path: "/connection-applications", element: <ConnectionApplicationsRoute /> }],
      {
        initialEntries: ["/connection-applications?status=PLAN_NOTIFIED&supplyClass=LOW_VOLTAGE"],
      },
    );
    const { requests } = renderWithApi(
      <RouterProvider router={router} />,
      () =>
        json({
          items: [
            connectionSummary({
              status: "PLAN_NOTIFIED",
              planValidUntil: "2027-03-07",
              promise: servicePromise({ kind: "SUPPLY_PLAN", status: "MET" }),
            }),
          ],
        }),
      me({ roles: ["dispatcher"] }),
    );
    const table = await screen.findByRole("table");
    const row = (await within(table).findByRole("link", { name: "CA-000007" })).closest("tr")!;
    expect(within(table).getByRole("link", { name: "CA-000007" })).toHaveAttribute(
      "href",
      "/connection-applications/0193a5c8-0000-7000-8000-0000000ca001",
    );
    expect(row).toHaveTextContent("南京恒达机械厂");
    expect(row).toHaveTextContent("低压电力");
    expect(row).toHaveTextContent("80 kVA");
    expect(row).toHaveTextContent("已答复供电方案");
    expect(row).toHaveTextContent("已兑现");
    expect(row).toHaveTextContent("2027");
    const url = new URL(requests[0]!.url);
    expect(url.pathname).toBe("/api/v1/connection-applications");
    expect(url.searchParams.get("status")).toBe("PLAN_NOTIFIED");
    expect(url.searchParams.get("supplyClass")).toBe("LOW_VOLTAGE");
  });
});
