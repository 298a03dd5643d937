import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RouterProvider, createMemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import { asset, customer, customerContact, me, problem, tenant } from "@/test/fixtures";
import type { Schema } from "@/lib/api/schema-types";
import { json, renderWithApi } from "@/test/render";
import { chooseOption } from "@/test/select-option";
import { CustomerDetailRoute } from "./CustomerDetailRoute";

const WANG = "0193a5c8-0000-7000-8000-0000000c0001";

afterEach(() => {
  vi.restoreAllMocks();
});

function renderCustomer(
  onWrite: (request: Request) => Response | Promise<Response>,
  caller = me(),
  overrides: Partial<Schema<"Customer">> = {},
) {
  const router = createMemoryRouter(
    [
      { path: "/customers/:customerId", element: <CustomerDetailRoute /> },
      { path: "/customers", element: <p>customer list</p> },
    ],
    { initialEntries: [`/customers/${WANG}`] },
  );
  const view = renderWithApi(
    <RouterProvider router={router} />,
    (request) => {
      const url = new URL(request.url);
      if (request.method !== "GET") return onWrite(request);
      if (url.pathname === `/api/v1/customers/${WANG}`) {
        return json(customer({ id: WANG, contacts: [customerContact({ name: "李强" })], version: 3, ...overrides }));
      }
      if (url.pathname === "/api/v1/assets")
        return json({ items: [asset({ warrantyEnd: "2025-12-31", underWarranty: false })] });
      return json({}, 404);
    },
    caller,
  );
  return { ...view, router };
}

// antd renders slowly in jsdom on a busy machine.
describe("customer detail", { timeout: 120_000 }, () => {
  it("shows contacts, sites and assets with their warranty", async () => {
    await i18n.changeLanguage("zh-CN");
    renderCustomer(() => json({}, 500));
    expect(await screen.findByRole("heading", { level: 1, name: "王芳" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "联系人" })).toHaveTextContent("李强");
    expect(screen.getByRole("region", { name: "服务地点" })).toHaveTextContent("浙江省杭州市西湖区文三路 100 号");
    const assets = screen.getByRole("region", { name: "设备" });
    expect(await within(assets).findByText("T100-2026-000123")).toBeInTheDocument();
    expect(assets).toHaveTextContent(/已过保\s*至 2025-12-31/);
  });

  it("asks before deleting and explains that a customer with assets or orders stays", async () => {
    await i18n.changeLanguage("zh-CN");
    const { router } = renderCustomer(() =>
      json(
        problem({
          status: 409,
          type: "https://aftercare.dev/problems/in-use",
          title: "In use",
          detail: "The customer 王芳 has assets or work orders and cannot be deleted.",
        }),
        409,
      ),
    );
    await userEvent.click(await screen.findByRole("button", { name: /删除$/ }));
    const confirm = await screen.findByRole("tooltip");
    expect(confirm).toHaveTextContent("确定删除客户 王芳 及其联系人和地点吗？");
    await userEvent.click(within(confirm).getByRole("button", { name: /确\s*定|OK/ }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("仍有设备或工单引用它，不能删除。");
    expect(alert).toHaveTextContent("has assets or work orders");
    expect(router.state.location.pathname).toBe(`/customers/${WANG}`);
  });

  it("changes the customer's phone with the version read", async () => {
    await i18n.changeLanguage("zh-CN");
    const sent: unknown[] = [];
    renderCustomer(async (request) => {
      sent.push(await request.json());
      return json(customer({ id: WANG, phone: "138-1234-0000", version: 4 }));
    });
    await userEvent.click(await screen.findByRole("button", { name: /修改$/ }));
    const form = await screen.findByRole("form", { name: "修改客户 王芳" });
    const phone = within(form).getByRole("textbox", { name: "电话" });
    await userEvent.clear(phone);
    await userEvent.type(phone, "138-1234-0000");
    await userEvent.click(within(form).getByRole("button", { name: /保\s*存/ }));
    expect(await screen.findByRole("link", { name: "138-1234-0000" })).toBeInTheDocument();
    expect(sent).toEqual([{ version: 3, kind: "PERSON", name: "王芳", phone: "138-1234-0000" }]);
  });

  it("shows the customer's language and when they opted out of campaigns, and sets the language back to the company's", async () => {
    await i18n.changeLanguage("zh-CN");
    const sent: unknown[] = [];
    renderCustomer(
      async (request) => {
        sent.push(await request.json());
        return json(customer({ id: WANG, version: 4 }));
      },
      me(),
      { language: "en", campaignOptOutAt: "2026-03-05T02:00:00Z" },
    );
    const facts = await screen.findByRole("region", { name: "客户资料" });
    expect(facts).toHaveTextContent("消息语言English");
    expect(facts).toHaveTextContent("已于 2026/03/05 退订活动消息");
    await userEvent.click(screen.getByRole("button", { name: /修改$/ }));
    const form = await screen.findByRole("form", { name: "修改客户 王芳" });
    await chooseOption(within(form).getByLabelText("消息语言"), "公司默认（简体中文）");
    await userEvent.click(within(form).getByRole("button", { name: /保\s*存/ }));
    await waitFor(() => expect(sent).toHaveLength(1));
    // Left out of the whole set of fields: the customer follows the company's language again.
    expect(sent[0]).toEqual({ version: 3, kind: "PERSON", name: "王芳", phone: "138-1234-5678" });
    expect(await within(facts).findByText("公司默认（简体中文）")).toBeInTheDocument();
  });

  it("records an opt-out of campaigns after a confirmation and says how many waiting messages were withdrawn", async () => {
    await i18n.changeLanguage("zh-CN");
    const sent: Request[] = [];
    renderCustomer((request) => {
      sent.push(request);
      return json({ customerId: WANG, optedOutAt: "2026-12-07T02:00:00Z", withdrawn: 2 });
    });
    await userEvent.click(await screen.findByRole("button", { name: /登记拒收活动消息/ }));
    const confirm = await screen.findByRole("tooltip");
    expect(confirm).toHaveTextContent("登记王芳不再接收活动消息？");
    await userEvent.click(within(confirm).getByRole("button", { name: /登记拒收活动消息/ }));
    expect(await screen.findByText("王芳将不再收到活动消息，已撤回 2 条待发消息。")).toBeInTheDocument();
    expect(new URL(sent[0]!.url).pathname).toBe("/api/v1/campaigns/opt-outs");
    expect(await sent[0]!.json()).toEqual({ customerId: WANG });
  });

  it("hides the opt-out action for a customer who opted out already", async () => {
    await i18n.changeLanguage("zh-CN");
    renderCustomer(() => json({}), me(), { campaignOptOutAt: "2026-03-05T02:00:00Z" });
    await screen.findByRole("region", { name: "客户资料" });
    expect(screen.queryByRole("button", { name: /登记拒收活动消息/ })).not.toBeInTheDocument();
  });

  it("adds a contact in the one sub-list form, with a phone placeholder of the tenant's country", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderCustomer(
      () => json(customerContact({ name: "赵敏", phone: "139 0000 0002" }), 201),
      me({ tenant: tenant({ country: "CN" }) }),
    );
    const contacts = await screen.findByRole("region", { name: "联系人" });
    await userEvent.click(within(contacts).getByRole("button", { name: /添加联系人/ }));
    const form = await screen.findByRole("form", { name: "添加联系人" });
    const phone = within(form).getByRole("textbox", { name: "电话" });
    expect(phone).toHaveAttribute("placeholder", "138 0000 1001");
    await userEvent.type(within(form).getByRole("textbox", { name: "姓名" }), "赵敏");
    await userEvent.type(phone, "139 0000 0002");
    await userEvent.click(within(form).getByRole("button", { name: /保\s*存/ }));
    await waitFor(() => expect(requests.some((request) => request.method === "POST")).toBe(true));
    const post = requests.find((request) => request.method === "POST")!;
    expect(new URL(post.url).pathname).toBe(`/api/v1/customers/${WANG}/contacts`);
    expect(await post.json()).toEqual({ name: "赵敏", phone: "139 0000 0002" });
    expect(post.headers.get("Idempotency-Key")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("invites the customer to an account and, when an invitation is pending, sends it again on request", async () => {
    await i18n.changeLanguage("zh-CN");
    const sent: unknown[] = [];
    renderCustomer(async (request) => {
      const body = (await request.json()) as { resend?: boolean };
      sent.push(body);
      if (!body.resend) {
        return json(
          problem({
            status: 409,
            type: "https://aftercare.dev/problems/invitation-pending",
            title: "Invitation pending",
          }),
          409,
        );
      }
      return json({
        id: "0193a5c8-0000-7000-8000-0000000d0001",
        customerId: WANG,
        customerName: "王芳",
        status: "INVITED",
        updatedAt: "2026-03-01T02:00:00Z",
        version: 1,
      });
    });
    await userEvent.click(await screen.findByRole("button", { name: /邀请开通客户账号/ }));
    const dialog = await screen.findByRole("dialog");
    expect(dialog).toHaveTextContent("已向 王芳 发送过邀请");
    await userEvent.click(within(dialog).getByRole("button", { name: /再次发送/ }));
    expect(await screen.findByText("已向 王芳 发送开通邀请短信")).toBeInTheDocument();
    expect(sent).toEqual([
      { customerId: WANG, resend: false },
      { customerId: WANG, resend: true },
    ]);
  });
});
