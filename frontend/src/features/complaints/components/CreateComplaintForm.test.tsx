import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import { complaint, installer, me, problem, workOrder } from "@/test/fixtures";
import { pickOption } from "@/test/pick-option";
import { json, renderWithApi } from "@/test/render";
import { CreateComplaintForm } from "./CreateComplaintForm";

const LI = "0193a5c8-0000-7000-8000-0000000a0001";
const ORDER = "0193a5c8-0000-7000-8000-0000000b0001";

function complaintsApi(onPost: (body: unknown) => Response) {
  return async (request: Request) => {
    const url = new URL(request.url);
    if (request.method === "POST" && url.pathname === "/api/v1/complaints") return onPost(await request.json());
    if (url.pathname === "/api/v1/installers") return json({ items: [installer({ id: LI, displayName: "李师傅" })] });
    if (url.pathname === `/api/v1/work-orders/${ORDER}`)
      return json({ order: workOrder({ id: ORDER, number: "WO-000042" }) });
    if (url.pathname === "/api/v1/search") {
      return json({
        workOrders: [
          { id: ORDER, number: "WO-000042", status: "COMPLETED", customerName: "王芳", siteAddress: "文三路 90 号" },
        ],
        customers: [],
        assets: [],
        connectionApplications: [],
      });
    }
    return json({ items: [] });
  };
}

// antd renders slowly in jsdom on a busy machine.
describe("CreateComplaintForm", { timeout: 60_000 }, () => {
  it("says what is missing before anything is sent", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderWithApi(
      <CreateComplaintForm onCreated={() => {}} />,
      complaintsApi(vi.fn()),
      me({ roles: ["dispatcher"] }),
    );
    await userEvent.click(screen.getByRole("button", { name: "登记投诉" }));
    await waitFor(() => expect(screen.getByRole("combobox", { name: "投诉类别" })).toHaveAccessibleDescription("必填"));
    expect(screen.getByRole("combobox", { name: "被投诉的售后人员" })).toHaveAccessibleDescription(
      "请填写工单或选择被投诉人员",
    );
    expect(screen.getByRole("textbox", { name: "投诉内容" })).toHaveAccessibleDescription("必填");
    expect(requests.filter((request) => request.method === "POST")).toHaveLength(0);
    expect(screen.getByRole("combobox", { name: "投诉类别" })).toHaveFocus();
  });

  it("records a letter about an installer with an idempotency key", async () => {
    await i18n.changeLanguage("zh-CN");
    const created = complaint({ channel: "LETTER", category: "ASKING_FOR_MONEY_OR_GIFTS" });
    const onCreated = vi.fn();
    const { requests } = renderWithApi(
      <CreateComplaintForm onCreated={onCreated} />,
      complaintsApi(() => json(created, 201)),
      me({ roles: ["dispatcher"] }),
    );
    await userEvent.click(screen.getByText("来函"));
    expect(screen.getByRole("radio", { name: "来函" })).toBeChecked();
    await pickOption(screen.getByRole("combobox", { name: "投诉类别" }), "索要钱物");
    expect(await screen.findByText(/默认记大过/)).toBeInTheDocument();
    await pickOption(screen.getByRole("combobox", { name: "被投诉的售后人员" }), "李师傅");
    await userEvent.type(screen.getByRole("textbox", { name: "投诉内容" }), "师傅索要红包");
    await userEvent.click(screen.getByRole("button", { name: "登记投诉" }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(created));
    const post = requests.find((request) => request.method === "POST")!;
    expect(post.headers.get("Idempotency-Key")).toMatch(/^[0-9a-f-]{36}$/);
    expect(await post.json()).toEqual({
      channel: "LETTER",
      category: "ASKING_FOR_MONEY_OR_GIFTS",
      installerId: LI,
      description: "师傅索要红包",
    });
  });

  it("shows the server's objection at the field it names", async () => {
    await i18n.changeLanguage("en");
    renderWithApi(
      <CreateComplaintForm prefill={{ workOrderId: ORDER, category: "REWORK" }} onCreated={() => {}} />,
      complaintsApi(() =>
        json(
          problem({
            status: 400,
            errors: [{ field: "workOrderId", message: "no work order of your tenant has this id" }],
          }),
          400,
        ),
      ),
      me({ roles: ["dispatcher"] }),
    );
    await userEvent.type(screen.getByRole("textbox", { name: "Complaint" }), "Same leak again");
    await userEvent.click(screen.getByRole("button", { name: "Record complaint" }));
    expect(await screen.findByText("no work order of your tenant has this id")).toBeInTheDocument();
    // The order given beforehand shows by its number, and the server's objection stands at it.
    const order = screen.getByRole("combobox", { name: "Work order (optional)" });
    expect(order.closest(".ant-select")).toHaveTextContent("WO-000042");
    expect(order).toHaveAccessibleDescription(/no work order of your tenant/);
    // The banner above the button says to correct the marked fields (antd's field messages are alerts too).
    expect(screen.getAllByRole("alert").map((alert) => alert.textContent)).toContainEqual(
      expect.stringContaining("correct the marked fields"),
    );
  });

  it("finds the work order by its number, never asking for its id", async () => {
    await i18n.changeLanguage("zh-CN");
    const onCreated = vi.fn();
    const { requests } = renderWithApi(
      <CreateComplaintForm onCreated={onCreated} />,
      complaintsApi(() => json(complaint(), 201)),
      me({ roles: ["dispatcher"] }),
    );
    await pickOption(screen.getByRole("combobox", { name: "投诉类别" }), "返修");
    const order = screen.getByRole("combobox", { name: "相关工单（可选）" });
    await userEvent.type(order, "WO-42");
    await userEvent.click(await screen.findByText("WO-000042 · 王芳 · 文三路 90 号"));
    await userEvent.type(screen.getByRole("textbox", { name: "投诉内容" }), "又漏水了");
    await userEvent.click(screen.getByRole("button", { name: "登记投诉" }));
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    const post = requests.find((request) => request.method === "POST")!;
    expect(await post.json()).toEqual({
      channel: "PHONE",
      category: "REWORK",
      workOrderId: ORDER,
      description: "又漏水了",
    });
  });
});
