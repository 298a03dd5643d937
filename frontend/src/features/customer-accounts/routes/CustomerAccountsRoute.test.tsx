import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import type { Schema } from "@/lib/api/schema-types";
import { json, renderWithApi } from "@/test/render";
import { CustomerAccountsRoute } from "./CustomerAccountsRoute";

function account(overrides: Partial<Schema<"CustomerAccount">> = {}): Schema<"CustomerAccount"> {
  return {
    id: "0193a5c8-0000-7000-8000-0000000d0001",
    customerId: "0193a5c8-0000-7000-8000-0000000c0001",
    customerName: "王芳",
    status: "ACTIVE",
    login: "north.13800000000",
    invitedAt: "2026-03-01T02:00:00Z",
    invitedBy: "李调度",
    activatedAt: "2026-03-02T03:00:00Z",
    updatedAt: "2026-03-02T03:00:00Z",
    version: 2,
    ...overrides,
  };
}

const INVITED = account({
  id: "0193a5c8-0000-7000-8000-0000000d0002",
  customerId: "0193a5c8-0000-7000-8000-0000000c0002",
  customerName: "张伟",
  status: "INVITED",
  login: undefined,
  activatedAt: undefined,
  version: 0,
});

function renderAccounts() {
  return renderWithApi(
    <MemoryRouter initialEntries={["/customer-accounts"]}>
      <CustomerAccountsRoute />
    </MemoryRouter>,
    (request) => {
      const path = new URL(request.url).pathname;
      if (path === "/api/v1/customer-accounts/invitations") return json(INVITED);
      if (path.endsWith("/status")) return json(account({ status: "DISABLED", version: 3 }));
      return json({ items: [account(), INVITED] });
    },
  );
}

// antd renders slowly in jsdom on a busy machine.
describe("customer accounts", { timeout: 120_000 }, () => {
  it("lists the accounts by customer name with status, login and who invited them", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderAccounts();
    const table = await screen.findByRole("table");
    const wang = (await within(table).findByRole("link", { name: "王芳" })).closest("tr")!;
    expect(within(table).getByRole("link", { name: "王芳" })).toHaveAttribute(
      "href",
      "/customers/0193a5c8-0000-7000-8000-0000000c0001",
    );
    expect(wang).toHaveTextContent("已开通");
    expect(wang).toHaveTextContent("north.13800000000");
    expect(wang).toHaveTextContent("由 李调度 邀请");
    const zhang = within(table).getByRole("link", { name: "张伟" }).closest("tr")!;
    expect(zhang).toHaveTextContent("已邀请");
    expect(new URL(requests[0]!.url).pathname).toBe("/api/v1/customer-accounts");
  });

  it("sends a pending invitation again", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderAccounts();
    await userEvent.click(await screen.findByRole("button", { name: "重新发送邀请给 张伟" }));
    expect(await screen.findByText("已重新向 张伟 发送邀请")).toBeInTheDocument();
    const post = requests.find((request) => request.method === "POST")!;
    expect(new URL(post.url).pathname).toBe("/api/v1/customer-accounts/invitations");
    expect(await post.json()).toEqual({ customerId: INVITED.customerId, resend: true });
  });

  it("switches an active login off after a confirmation, with the version read", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderAccounts();
    await userEvent.click(await screen.findByRole("button", { name: "停用 王芳 的账号" }));
    const confirm = await screen.findByRole("tooltip");
    expect(confirm).toHaveTextContent("确定停用 王芳 的账号吗？停用后客户无法登录。");
    expect(requests.some((request) => request.method === "POST")).toBe(false);
    await userEvent.click(within(confirm).getByRole("button", { name: /确\s*定|OK/ }));
    expect(await screen.findByText("王芳 的账号已停用")).toBeInTheDocument();
    await waitFor(() => expect(requests.some((request) => request.method === "POST")).toBe(true));
    const post = requests.find((request) => request.method === "POST")!;
    expect(new URL(post.url).pathname).toBe(`/api/v1/customer-accounts/${account().id}/status`);
    expect(await post.json()).toEqual({ version: 2, disabled: true });
  });
});
