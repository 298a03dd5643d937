import { QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { User, UserManager } from "oidc-client-ts";
import { RouterProvider, createMemoryRouter } from "react-router";
import { describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import { ApiClientContext, createApiClient } from "@/lib/api/client";
import { DesignSystem } from "../design/DesignSystem";
import type { Schema } from "@/lib/api/schema-types";
import { AuthContext } from "@/lib/auth/AuthContext";
import { createQueryClient } from "@/lib/query-client";
import { me, tenant } from "@/test/fixtures";
import { AppLayout } from "./AppLayout";

function renderWithMe(caller: Schema<"Me">) {
  const api = createApiClient({
    baseUrl: "http://app.test",
    accessToken: async () => "token",
    onUnauthorized: () => {},
    fetch: async () => new Response(JSON.stringify(caller), { headers: { "Content-Type": "application/json" } }),
  });
  const signOut = vi.fn(async () => {});
  const router = createMemoryRouter([
    { path: "/", element: <AppLayout />, children: [{ index: true, element: <p>home</p> }] },
  ]);
  render(
    <DesignSystem>
      <AuthContext.Provider value={{ user: {} as User, userManager: {} as UserManager, signOut }}>
        <ApiClientContext.Provider value={api}>
          <QueryClientProvider client={createQueryClient()}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </ApiClientContext.Provider>
      </AuthContext.Provider>
    </DesignSystem>,
  );
  return { signOut };
}

describe("AppLayout", () => {
  it("groups a manager's menu by job, home first, and shows the tenant's name", async () => {
    await i18n.changeLanguage("zh-CN");
    renderWithMe(me({ displayName: "王经理", roles: ["manager"] }));
    const nav = await screen.findByRole("navigation", { name: "主导航" });
    await screen.findByText("王经理");
    expect(screen.getByText("北区店")).toBeInTheDocument();
    const groups = Array.from(nav.querySelectorAll(".ant-menu-submenu-title")).map((title) => title.textContent);
    expect(groups).toEqual([
      "前台受理",
      "经营管理",
      "派工调度",
      "现场作业",
      "客户与设备",
      "客户关怀",
      "人员与薪酬",
      "外包合作",
      "设置与管理",
    ]);
    const links = Array.from(nav.querySelectorAll("a")).map((a) => a.textContent);
    expect(links).toEqual([
      "首页",
      "来电登记",
      "服务请求",
      "经营指标",
      "周报与月报",
      "工单看板",
      "派工台",
      "承诺预警",
      "返修统计",
      "技工管理",
      "客户",
      "客户账号",
      "设备",
      "产品与配件",
      "故障分类",
      "服务网点",
      "批量导入",
      "回访工作台",
      "维护活动",
      "异议处理",
      "投诉",
      "质量信息单",
      "质量预警",
      "奖惩记录",
      "考勤",
      "出差",
      "报销",
      "借调",
      "工资表",
      "外包合作方",
      "规则设置",
      "工作日历",
      "员工账号",
      "系统集成",
      "消息记录",
      "消息文案",
      "操作日志",
    ]);
  });

  it("lists connection applications at the front desk when the tenant takes them", async () => {
    await i18n.changeLanguage("zh-CN");
    renderWithMe(me({ roles: ["dispatcher"], tenant: tenant({ connectionApplications: true }) }));
    const nav = await screen.findByRole("navigation", { name: "主导航" });
    await screen.findByText("王经理");
    const links = Array.from(nav.querySelectorAll("a")).map((a) => a.textContent);
    expect(links.slice(0, 4)).toEqual(["首页", "来电登记", "服务请求", "报装接电"]);
  });

  it("gives a platform admin a flat menu: the tenant list and the country calendars", async () => {
    await i18n.changeLanguage("zh-CN");
    renderWithMe(me({ username: "platform", displayName: "", roles: ["platform-admin"], tenant: undefined }));
    await screen.findByText("platform");
    const nav = screen.getByRole("navigation", { name: "主导航" });
    expect(nav.querySelectorAll(".ant-menu-submenu")).toHaveLength(0);
    expect(Array.from(nav.querySelectorAll("a")).map((a) => a.textContent)).toEqual(["首页", "租户管理", "国家节假日"]);
  });

  it("gives an installer a flat menu of their jobs and their own records", async () => {
    await i18n.changeLanguage("zh-CN");
    renderWithMe(me({ username: "li", displayName: "李师傅", roles: ["installer"] }));
    await screen.findByText("李师傅");
    const nav = screen.getByRole("navigation", { name: "主导航" });
    expect(nav.querySelectorAll(".ant-menu-submenu")).toHaveLength(0);
    expect(Array.from(nav.querySelectorAll("a")).map((a) => a.textContent)).toEqual([
      "我的工单",
      "奖惩记录",
      "考勤",
      "出差",
      "报销",
    ]);
  });

  it("signs out from the user menu", async () => {
    await i18n.changeLanguage("zh-CN");
    const { signOut } = renderWithMe(me({ username: "d", displayName: "D", roles: ["dispatcher"] }));
    await screen.findByText("D");
    await userEvent.click(screen.getByRole("button", { name: "账号" }));
    await userEvent.click(await screen.findByText("退出登录"));
    expect(signOut).toHaveBeenCalledOnce();
  });
});
