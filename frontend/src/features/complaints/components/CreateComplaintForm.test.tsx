import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import { complaint, installer, me, problem } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { CreateComplaintForm } from "./CreateComplaintForm";

const LI = "0193a5c8-0000-7000-8000-0000000a0001";
const ORDER = "0193a5c8-0000-7000-8000-0000000b0001";

function complaintsApi(onPost: (body: unknown) => Response) {
  return async (request: Request) => {
    const url = new URL(request.url);
    if (request.method === "POST" && url.pathname === "/api/v1/complaints") return onPost(await request.json());
    if (url.pathname === "/api/v1/installers") return json({ items: [installer({ id: LI, displayName: "李师傅" })] });
    return json({ items: [] });
  };
}

describe("CreateComplaintForm", () => {
  it("says what is missing before anything is sent", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderWithApi(<CreateComplaintForm onCreated={() => {}} />, complaintsApi(vi.fn()), me({ roles: ["dispatcher"] }));
    await userEvent.click(screen.getByRole("button", { name: "登记投诉" }));
    expect(screen.getByRole("combobox", { name: "投诉类别" })).toHaveAccessibleDescription("必填");
    expect(screen.getByRole("combobox", { name: "被投诉的售后人员" })).toHaveAccessibleDescription("请填写工单或选择被投诉人员");
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
    await userEvent.click(screen.getByRole("radio", { name: "来函" }));
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "投诉类别" }), "索要钱物");
    expect(screen.getByText(/默认记大过/)).toBeInTheDocument();
    await userEvent.selectOptions(await screen.findByRole("combobox", { name: "被投诉的售后人员" }), await screen.findByRole("option", { name: "李师傅" }));
    await userEvent.type(screen.getByRole("textbox", { name: "投诉内容" }), "师傅索要红包");
    await userEvent.click(screen.getByRole("button", { name: "登记投诉" }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(created));
    const post = requests.find((request) => request.method === "POST")!;
    expect(post.headers.get("Idempotency-Key")).toMatch(/^[0-9a-f-]{36}$/);
    expect(await post.json()).toEqual({ channel: "LETTER", category: "ASKING_FOR_MONEY_OR_GIFTS", installerId: LI, description: "师傅索要红包" });
  });

  it("shows the server's objection at the field it names", async () => {
    await i18n.changeLanguage("en");
    renderWithApi(
      <CreateComplaintForm prefill={{ workOrderId: ORDER, category: "REWORK" }} onCreated={() => {}} />,
      complaintsApi(() => json(problem({ status: 400, errors: [{ field: "workOrderId", message: "no work order of your tenant has this id" }] }), 400)),
      me({ roles: ["dispatcher"] }),
    );
    await userEvent.type(screen.getByRole("textbox", { name: "Complaint" }), "Same leak again");
    await userEvent.click(screen.getByRole("button", { name: "Record complaint" }));
    expect(await screen.findByText("no work order of your tenant has this id")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Work order id (optional)" })).toHaveAccessibleDescription(/no work order of your tenant/);
    expect(screen.getByRole("alert")).toHaveTextContent("correct the marked fields");
  });
});
