import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import { problem, tenant } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { chooseOption } from "@/test/select-option";
import { TenantsRoute } from "./TenantsRoute";

function tenantsApi() {
  const tenants = [
    tenant(),
    tenant({ id: "7b0c1c52-8d6c-4f3e-9a51-4f8c1d2b9e12", slug: "east", loginPrefix: "east", name: "东区店" }),
  ];
  return async (request: Request) => {
    const { pathname, searchParams } = new URL(request.url);
    const status = /^\/api\/v1\/platform\/tenants\/([0-9a-f-]+)\/(suspend|resume)$/.exec(pathname);
    if (status && request.method === "POST") {
      const index = tenants.findIndex((candidate) => candidate.id === status[1]);
      const changed =
        status[2] === "suspend"
          ? { ...tenants[index]!, status: "SUSPENDED" as const, suspendedAt: "2026-03-05T09:30:00+08:00" }
          : { ...tenants[index]!, status: "ACTIVE" as const, suspendedAt: undefined };
      tenants[index] = changed;
      return json(changed);
    }
    if (pathname === "/api/v1/platform/tenants" && request.method === "POST") {
      const body = (await request.json()) as { slug: string; name: string };
      if (body.slug === "taken") {
        return json(problem({ status: 409, errors: [{ field: "slug", message: "already used" }] }), 409);
      }
      const created = tenant({ id: "7b0c1c52-8d6c-4f3e-9a51-4f8c1d2b9e11", ...body });
      tenants.push(created);
      return json(created, 201);
    }
    if (pathname === "/api/v1/platform/tenants") {
      const q = searchParams.get("q")?.toLowerCase();
      return json({ items: tenants.filter((item) => !q || item.name.includes(q) || item.slug.includes(q)) });
    }
    return json(problem({ status: 404 }), 404);
  };
}

// antd renders slowly in jsdom on a busy machine.
describe("TenantsRoute", { timeout: 120_000 }, () => {
  it("lists tenants with their zone, language and currency", async () => {
    await i18n.changeLanguage("zh-CN");
    renderWithApi(<TenantsRoute />, tenantsApi());
    const row = (await screen.findByText("北区店")).closest("tr")!;
    expect(row).toHaveTextContent("north");
    expect(row).toHaveTextContent("Asia/Shanghai (UTC+08:00)");
    expect(row).toHaveTextContent("简体中文");
    expect(row).toHaveTextContent("CNY");
  });

  it("opens a tenant with its manager, the currency picked from a list", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderWithApi(<TenantsRoute />, tenantsApi());
    await screen.findByText("北区店");
    await userEvent.click(screen.getByRole("button", { name: /开通租户$/ }));
    const form = screen.getByRole("form", { name: "开通租户" });
    await userEvent.type(within(form).getByLabelText("标识"), "South-Store");
    await userEvent.type(within(form).getByLabelText("名称"), "南区店");
    await chooseOption(within(form).getByLabelText("货币"), /^HKD/);
    await userEvent.type(within(form).getByLabelText("主管用户名"), "chen");
    await userEvent.type(within(form).getByLabelText("主管邮箱"), "chen@south.test");
    await userEvent.type(within(form).getByLabelText("主管初始密码"), "Passw0rd-1");
    await userEvent.click(within(form).getByRole("button", { name: "创建租户" }));

    expect(await screen.findByRole("status")).toHaveTextContent("已开通租户 南区店");
    const post = requests.find((request) => request.method === "POST")!;
    expect(await post.json()).toMatchObject({
      slug: "south-store",
      name: "南区店",
      timeZone: "Asia/Shanghai",
      locale: "zh-CN",
      currency: "HKD",
      manager: { username: "chen", email: "chen@south.test", password: "Passw0rd-1", temporaryPassword: true },
    });
    expect(post.headers.get("Idempotency-Key")).toMatch(/^[0-9a-f-]{36}$/);
    await waitFor(() => expect(screen.queryByRole("form")).not.toBeInTheDocument());
  });

  it("checks the form before sending and shows the server's answer at the field", async () => {
    await i18n.changeLanguage("en");
    const { requests } = renderWithApi(<TenantsRoute />, tenantsApi());
    await screen.findByText("北区店");
    await userEvent.click(screen.getByRole("button", { name: /New tenant$/ }));
    const form = screen.getByRole("form", { name: "New tenant" });
    await userEvent.click(within(form).getByRole("button", { name: "Create tenant" }));
    await waitFor(() => expect(within(form).getByLabelText("Slug")).toHaveAttribute("aria-invalid", "true"));
    expect(requests.filter((request) => request.method === "POST")).toEqual([]);

    await userEvent.type(within(form).getByLabelText("Slug"), "taken");
    await userEvent.type(within(form).getByLabelText("Name"), "Taken");
    await userEvent.type(within(form).getByLabelText("Manager username"), "chen");
    await userEvent.type(within(form).getByLabelText("Manager email"), "chen@south.test");
    await userEvent.type(within(form).getByLabelText("Manager initial password"), "Passw0rd-1");
    await userEvent.click(within(form).getByRole("button", { name: "Create tenant" }));
    await waitFor(() =>
      expect(within(form).getByLabelText("Slug")).toHaveAccessibleDescription(expect.stringContaining("already used")),
    );
  });

  it("finds tenants by name or slug through the API", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderWithApi(<TenantsRoute />, tenantsApi());
    await screen.findByText("东区店");
    await userEvent.type(screen.getByRole("searchbox", { name: "搜索" }), "nor");
    expect(await screen.findByText("北区店")).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText("东区店")).not.toBeInTheDocument());
    // the debounced search is sent once, with the whole word (on a busy machine it may land after the list redraws)
    const searched = () =>
      requests
        .filter((request) => new URL(request.url).searchParams.has("q"))
        .map((request) => new URL(request.url).searchParams.get("q"));
    await waitFor(() => expect(searched()).toEqual(["nor"]));

    await userEvent.clear(screen.getByRole("searchbox", { name: "搜索" }));
    await userEvent.type(screen.getByRole("searchbox", { name: "搜索" }), "west");
    expect(await screen.findByText("没有名称或标识包含“west”的租户。")).toBeInTheDocument();
  });

  it("suspends a tenant after a confirmation and resumes it, the row showing its status", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderWithApi(<TenantsRoute />, tenantsApi());
    const row = (await screen.findByText("北区店")).closest("tr")!;
    expect(row).toHaveTextContent("正常");

    await userEvent.click(within(row).getByRole("button", { name: "停用" }));
    expect(await screen.findByText("确定停用 北区店？")).toBeInTheDocument();
    expect(requests.filter((request) => request.method === "POST")).toEqual([]);
    await userEvent.click(screen.getAllByRole("button", { name: /^停\s?用$/ }).at(-1)!);

    await waitFor(() => expect(row).toHaveTextContent("已停用"));
    expect(row).toHaveTextContent("自 2026/03/05 09:30 起");
    expect(await screen.findByText("已停用 北区店")).toBeInTheDocument();
    // Only that tenant changed.
    expect((screen.getByText("东区店").closest("tr") as HTMLElement).textContent).toContain("正常");

    await userEvent.click(within(row).getByRole("button", { name: "恢复" }));
    await waitFor(() => expect(row).toHaveTextContent("正常"));
    expect(
      requests.filter((request) => request.method === "POST").map((request) => new URL(request.url).pathname),
    ).toEqual([
      "/api/v1/platform/tenants/7b0c1c52-8d6c-4f3e-9a51-4f8c1d2b9e10/suspend",
      "/api/v1/platform/tenants/7b0c1c52-8d6c-4f3e-9a51-4f8c1d2b9e10/resume",
    ]);
  });
});
