import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import { customer, customerSummary, me, objection, problem, workOrder } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { CreateObjectionForm } from "./CreateObjectionForm";

const WANG = "0193a5c8-0000-7000-8000-0000000c0001";
const ORDER = "0193a5c8-0000-7000-8000-0000000b0001";

function objectionsApi(onPost: (body: unknown) => Response) {
  return async (request: Request) => {
    const url = new URL(request.url);
    if (request.method === "POST" && url.pathname === "/api/v1/objections") return onPost(await request.json());
    if (url.pathname === "/api/v1/customers") return json({ items: [customerSummary({ id: WANG })] });
    if (url.pathname === `/api/v1/customers/${WANG}`) return json(customer({ id: WANG }));
    if (url.pathname === `/api/v1/work-orders/${ORDER}`)
      return json({ order: workOrder({ id: ORDER, number: "WO-000042" }) });
    return json({ items: [] });
  };
}

// antd renders slowly in jsdom on a busy machine.
describe("CreateObjectionForm", { timeout: 60_000 }, () => {
  it("says what is missing before anything is sent", async () => {
    await i18n.changeLanguage("zh-CN");
    const post = vi.fn();
    const { requests } = renderWithApi(
      <CreateObjectionForm onCreated={() => {}} />,
      objectionsApi(post),
      me({ roles: ["dispatcher"] }),
    );
    await userEvent.click(screen.getByRole("button", { name: "登记异议" }));
    await waitFor(() => expect(screen.getByRole("combobox", { name: "客户" })).toHaveAccessibleDescription(/必填/));
    expect(screen.getByRole("textbox", { name: "异议内容" })).toHaveAccessibleDescription("必填");
    expect(requests.filter((request) => request.method === "POST")).toHaveLength(0);
    expect(screen.getByRole("combobox", { name: "客户" })).toHaveFocus();
  });

  it("records the objection of a customer found by phone, about an order, with an idempotency key", async () => {
    await i18n.changeLanguage("zh-CN");
    const created = objection({ workOrderId: ORDER });
    const onCreated = vi.fn();
    const { requests } = renderWithApi(
      <CreateObjectionForm prefill={{ workOrderId: ORDER }} onCreated={onCreated} />,
      objectionsApi(() => json(created, 201)),
      me({ roles: ["dispatcher"] }),
    );
    await userEvent.type(screen.getByRole("combobox", { name: "客户" }), "138 1234");
    await userEvent.click(await screen.findByText(/王芳/, { selector: ".ant-select-item-option-content" }));
    // The order it was opened from shows by its number.
    expect(screen.getByRole("combobox", { name: "相关工单（可选）" }).closest(".ant-select")).toHaveTextContent(
      "WO-000042",
    );
    await userEvent.type(screen.getByRole("textbox", { name: "异议内容" }), "外机噪音大，要求重新安装");
    await userEvent.click(screen.getByRole("button", { name: "登记异议" }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(created));
    const post = requests.find((request) => request.method === "POST")!;
    expect(post.headers.get("Idempotency-Key")).toMatch(/^[0-9a-f-]{36}$/);
    expect(await post.json()).toEqual({
      customerId: WANG,
      workOrderId: ORDER,
      description: "外机噪音大，要求重新安装",
    });
  });

  it("shows the server's objection at the field it names", async () => {
    await i18n.changeLanguage("en");
    renderWithApi(
      <CreateObjectionForm prefill={{ customerId: WANG, workOrderId: ORDER }} onCreated={() => {}} />,
      objectionsApi(() =>
        json(
          problem({ status: 400, errors: [{ field: "workOrderId", message: "is not a work order of this customer" }] }),
          400,
        ),
      ),
      me({ roles: ["dispatcher"] }),
    );
    await userEvent.type(screen.getByRole("textbox", { name: "Objection" }), "Noisy outdoor unit");
    await userEvent.click(screen.getByRole("button", { name: "Record objection" }));
    expect(await screen.findByText("is not a work order of this customer")).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Work order (optional)" })).toHaveAccessibleDescription(
      /is not a work order of this customer/,
    );
    expect(screen.getAllByRole("alert").map((alert) => alert.textContent)).toContainEqual(
      expect.stringContaining("correct the marked fields"),
    );
  });
});
