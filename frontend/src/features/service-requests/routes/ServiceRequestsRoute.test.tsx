import { screen, within } from "@testing-library/react";
import { RouterProvider, createMemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import { me, serviceRequest, servicePromise } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { chooseOption } from "@/test/select-option";
import { ServiceRequestsRoute } from "./ServiceRequestsRoute";

describe("service request list", () => {
  it("shows each request's on-site promise and asks the server for one promise state", async () => {
    await i18n.changeLanguage("zh-CN");
    const router = createMemoryRouter([{ path: "/service-requests", element: <ServiceRequestsRoute /> }], {
      initialEntries: ["/service-requests"],
    });
    const { requests } = renderWithApi(
      <RouterProvider router={router} />,
      () => json({ items: [serviceRequest({ promise: servicePromise({ status: "AT_RISK" }) })] }),
      me({ roles: ["dispatcher"] }),
    );
    const table = await screen.findByRole("table", { name: "服务请求" });
    await within(table).findByText("王芳");
    expect(within(table).getAllByRole("row")[1]!.querySelector(".promise-badge--at-risk")).toHaveTextContent("临期");

    const lastList = () =>
      requests
        .map((request) => new URL(request.url))
        .filter((url) => url.pathname === "/api/v1/service-requests")
        .at(-1)?.searchParams;
    expect(lastList()?.has("promiseStatus")).toBe(false);
    await chooseOption(screen.getByRole("combobox", { name: "服务承诺" }), "临期");
    await expect.poll(() => lastList()?.get("promiseStatus")).toBe("AT_RISK");
  });
});
