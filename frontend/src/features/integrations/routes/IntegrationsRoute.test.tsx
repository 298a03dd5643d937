import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import { integrationClient, problem, staffUser } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import type { IntegrationClient, NewIntegrationClient } from "../api/integration-clients";
import { IntegrationsRoute } from "./IntegrationsRoute";

const SECRET = "kq3V9s1mZ0pXc7RrT2wYb8Lh";
const TOKEN_URL = "http://127.0.0.1:8180/realms/aftercare/protocol/openid-connect/token";

/** The integration-clients endpoints over an in-memory list. */
function integrationsApi(initial: IntegrationClient[]) {
  let clients = [...initial];
  return async (request: Request) => {
    const { pathname } = new URL(request.url);
    if (pathname === "/api/v1/users") {
      return json({
        items: [staffUser({ username: "wang.manager", firstName: "伟", lastName: "王", roles: ["manager"] })],
      });
    }
    if (request.method === "GET" && pathname === "/api/v1/integration-clients") {
      return json({ items: clients });
    }
    if (request.method === "POST" && pathname === "/api/v1/integration-clients") {
      const { name } = (await request.json()) as { name: string };
      if (name === "ERP") {
        return json(problem({ status: 400, errors: [{ field: "name", message: "name already used" }] }), 400);
      }
      const client = integrationClient({ id: "0193a5c8-0000-7000-8000-000000000002", clientId: "int-new-42", name });
      clients = [...clients, client];
      const created: NewIntegrationClient = { client, clientSecret: SECRET, tokenUrl: TOKEN_URL };
      return json(created, 201);
    }
    const revoked = /^\/api\/v1\/integration-clients\/([^/]+)$/.exec(pathname);
    if (request.method === "DELETE" && revoked) {
      clients = clients.filter((client) => client.id !== revoked[1]);
      return new Response(null, { status: 204 });
    }
    return json(problem({ status: 404, type: "about:blank", title: "Not Found" }), 404);
  };
}

const erp = integrationClient({ name: "ERP", clientId: "int-7b0c1c52-erp7k2m", createdBy: "wang.manager" });

afterEach(() => {
  vi.restoreAllMocks();
});

/** Answers antd's confirmation popover of a row's revoke button. */
async function confirmRevoke(answer: "吊销" | "取消" | "Revoke" | "Cancel") {
  const popover = await screen.findByRole("tooltip");
  await userEvent.click(within(popover).getByRole("button", { name: answer }));
}

// antd renders slowly in jsdom on a busy machine.
describe("IntegrationsRoute", { timeout: 120_000 }, () => {
  it("lists each client with its client id, creation time in the tenant's zone and creator by name", async () => {
    await i18n.changeLanguage("zh-CN");
    renderWithApi(<IntegrationsRoute />, integrationsApi([erp]));
    const row = await screen.findByRole("row", { name: /int-7b0c1c52-erp7k2m/ });
    await waitFor(() => expect(within(row).getByText("王伟")).toBeInTheDocument());
    expect(
      within(row)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["ERP", "int-7b0c1c52-erp7k2m", "2026/03/05 14:07", "王伟wang.manager", "吊销"]);
  });

  it("says so when there is no client yet", async () => {
    await i18n.changeLanguage("en");
    renderWithApi(<IntegrationsRoute />, integrationsApi([]));
    expect(await screen.findByText("No integrations yet.")).toBeInTheDocument();
  });

  it("creates a client and shows its secret once, with a warning, until dismissed", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderWithApi(<IntegrationsRoute />, integrationsApi([erp]));
    await screen.findByRole("row", { name: /erp7k2m/ });

    await userEvent.click(screen.getByRole("button", { name: /新建集成$/ }));
    const form = screen.getByRole("form", { name: "新建集成" });
    await userEvent.type(within(form).getByLabelText("名称"), "  金蝶 ERP (订单同步) ");
    await userEvent.click(within(form).getByRole("button", { name: "创建集成" }));

    const panel = await screen.findByRole("region", { name: "已创建集成「金蝶 ERP (订单同步)」" });
    expect(within(panel).getByRole("alert")).toHaveTextContent("客户端密钥只显示这一次");
    expect(within(panel).getByLabelText("客户端 ID")).toHaveValue("int-new-42");
    expect(within(panel).getByLabelText("客户端密钥")).toHaveValue(SECRET);
    expect(within(panel).getByLabelText("令牌地址")).toHaveValue(TOKEN_URL);
    await waitFor(() => expect(within(panel).getByRole("heading")).toHaveFocus());
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
    expect(await screen.findByRole("row", { name: /int-new-42/ })).toBeInTheDocument();

    const post = requests.find((request) => request.method === "POST")!;
    expect(await post.json()).toEqual({ name: "金蝶 ERP (订单同步)" });
    expect(post.headers.get("Idempotency-Key")).toMatch(/^[0-9a-f-]{36}$/);

    await userEvent.click(within(panel).getByRole("button", { name: "我已保存密钥" }));
    expect(screen.queryByRole("region")).not.toBeInTheDocument();
    expect(screen.queryByDisplayValue(SECRET)).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(SECRET);
  });

  it("checks the name before sending it", async () => {
    await i18n.changeLanguage("en");
    const { requests } = renderWithApi(<IntegrationsRoute />, integrationsApi([]));
    await screen.findByText("No integrations yet.");
    await userEvent.click(screen.getByRole("button", { name: /New integration$/ }));
    const name = screen.getByLabelText("Name");
    await userEvent.type(name, "ERP/CRM");
    await userEvent.click(screen.getByRole("button", { name: "Create integration" }));
    await waitFor(() => expect(name).toHaveAttribute("aria-invalid", "true"));
    expect(name).toHaveAccessibleDescription(expect.stringContaining("letters, digits, spaces"));
    expect(name).toHaveFocus();
    expect(requests.filter((request) => request.method === "POST")).toEqual([]);
  });

  it("shows the server's message for the name at the name field", async () => {
    await i18n.changeLanguage("en");
    renderWithApi(<IntegrationsRoute />, integrationsApi([]));
    await screen.findByText("No integrations yet.");
    await userEvent.click(screen.getByRole("button", { name: /New integration$/ }));
    const name = screen.getByLabelText("Name");
    await userEvent.type(name, "ERP");
    await userEvent.click(screen.getByRole("button", { name: "Create integration" }));
    await waitFor(() => expect(name).toHaveAttribute("aria-invalid", "true"));
    expect(name).toHaveAccessibleDescription(expect.stringContaining("name already used"));
    expect(screen.getByRole("alert")).toHaveTextContent("correct the marked fields");
    expect(screen.getByRole("alert")).not.toHaveTextContent("name already used");
  });

  it("revokes a client only after the manager confirms", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderWithApi(<IntegrationsRoute />, integrationsApi([erp]));
    const revoke = await screen.findByRole("button", { name: "吊销 ERP" });

    await userEvent.click(revoke);
    expect(await screen.findByRole("tooltip")).toHaveTextContent("int-7b0c1c52-erp7k2m");
    await confirmRevoke("取消");
    expect(requests.filter((request) => request.method === "DELETE")).toEqual([]);

    await userEvent.click(revoke);
    await confirmRevoke("吊销");
    await waitFor(() => expect(screen.queryByRole("row", { name: /erp7k2m/ })).not.toBeInTheDocument());
    const deleted = requests.filter((request) => request.method === "DELETE");
    expect(deleted.map((request) => new URL(request.url).pathname)).toEqual([`/api/v1/integration-clients/${erp.id}`]);
  });

  it("drops the shown secret when that client is revoked", async () => {
    await i18n.changeLanguage("en");
    renderWithApi(<IntegrationsRoute />, integrationsApi([]));
    await screen.findByText("No integrations yet.");
    await userEvent.click(screen.getByRole("button", { name: /New integration$/ }));
    await userEvent.type(screen.getByLabelText("Name"), "CRM");
    await userEvent.click(screen.getByRole("button", { name: "Create integration" }));
    expect(await screen.findByDisplayValue(SECRET)).toBeInTheDocument();

    await userEvent.click(await screen.findByRole("button", { name: "Revoke CRM" }));
    await confirmRevoke("Revoke");
    await waitFor(() => expect(screen.queryByDisplayValue(SECRET)).not.toBeInTheDocument());
  });
});
