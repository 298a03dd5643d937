import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RouterProvider, createMemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import type { Schema } from "@/lib/api/schema-types";
import { me, problem, workOrder } from "@/test/fixtures";
import { json, renderWithApi, type FakeApi } from "@/test/render";
import { ReworkPanel } from "./ReworkPanel";

const ORIGINAL_ID = "0193a5c8-0000-7000-8000-0000000b0009";
const LI = "0193a5c8-0000-7000-8000-0000000a0001";
const original = workOrder({ id: ORIGINAL_ID, number: "WO-000040", status: "CLOSED", leadInstallerId: LI });
const rework = workOrder({
  type: "REPAIR",
  faultCategory: "no-gps-signal",
  reworkOfId: ORIGINAL_ID,
  reworkCause: "INSTALLER",
  version: 5,
});

function renderPanel(order: Schema<"WorkOrder">, roles: string[], answer: FakeApi = () => json({})) {
  // The panel reads the original order on its own, for its number and lead installer.
  const api: FakeApi = (request) =>
    request.method === "GET" && new URL(request.url).pathname === `/api/v1/work-orders/${ORIGINAL_ID}`
      ? json({ order: original, timeline: [], job: { safetyChecks: [] } })
      : answer(request);
  const router = createMemoryRouter(
    [
      {
        path: "/work-orders/:workOrderId",
        element: <ReworkPanel order={order} roles={roles} nameOf={(id) => (id === LI ? "李师傅" : id)} />,
      },
    ],
    { initialEntries: [`/work-orders/${order.id}`] },
  );
  return renderWithApi(<RouterProvider router={router} />, api, me({ roles }));
}

describe("rework panel", () => {
  it("shows a dispatcher the original order and the cause, without the control", async () => {
    await i18n.changeLanguage("zh-CN");
    renderPanel(rework, ["dispatcher"]);
    const panel = await screen.findByRole("region", { name: "返修" });
    expect(await within(panel).findByRole("link", { name: "WO-000040" })).toHaveAttribute(
      "href",
      `/work-orders/${ORIGINAL_ID}`,
    );
    expect(panel).toHaveTextContent("原负责人：李师傅");
    expect(panel).toHaveTextContent("施工原因");
    expect(within(panel).queryByRole("radio")).not.toBeInTheDocument();
    expect(within(panel).queryByRole("button")).not.toBeInTheDocument();
  });

  it("says when no cause is attributed yet", async () => {
    await i18n.changeLanguage("en");
    renderPanel({ ...rework, reworkCause: undefined }, ["dispatcher"]);
    const panel = await screen.findByRole("region", { name: "Rework" });
    expect(panel).toHaveTextContent("Not attributed yet");
  });

  it("shows nothing for an order that is not a rework", async () => {
    await i18n.changeLanguage("zh-CN");
    renderPanel(workOrder(), ["manager"]);
    expect(screen.queryByRole("region", { name: "返修" })).not.toBeInTheDocument();
  });

  it("lets a manager change the cause, sending the order's version", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderPanel(rework, ["manager"], () =>
      json({ ...rework, reworkCause: "PRODUCT", version: 6 }),
    );
    const panel = await screen.findByRole("region", { name: "返修" });
    const save = within(panel).getByRole("button", { name: "保存认定" });
    expect(within(panel).getByRole("radio", { name: "施工原因" })).toBeChecked();
    expect(save).toBeDisabled();
    // antd draws the choices as buttons over hidden radios: a person taps the button's text.
    await userEvent.click(within(panel).getByText("产品原因"));
    await userEvent.click(save);
    await expect.poll(() => requests.filter((r) => r.method === "POST").length).toBe(1);
    const post = requests.find((r) => r.method === "POST")!;
    expect(new URL(post.url).pathname).toBe(`/api/v1/work-orders/${rework.id}/rework-cause`);
    expect(await post.json()).toEqual({ version: 5, cause: "PRODUCT" });
  });

  it("shows a stale version as a conflict to reload", async () => {
    await i18n.changeLanguage("zh-CN");
    renderPanel(rework, ["manager"], (request) =>
      request.method === "POST"
        ? json(
            problem({
              status: 409,
              type: "https://aftercare.dev/problems/stale-version",
              title: "Stale version",
              detail: "Work order was changed (version 6).",
            }),
            409,
          )
        : json({}),
    );
    const panel = await screen.findByRole("region", { name: "返修" });
    await userEvent.click(within(panel).getByText("客户原因"));
    await userEvent.click(within(panel).getByRole("button", { name: "保存认定" }));
    const alert = await within(panel).findByRole("alert");
    expect(alert).toHaveTextContent("这张工单刚被更新过");
    expect(within(alert).getByRole("button", { name: "重新加载" })).toBeInTheDocument();
  });
});
