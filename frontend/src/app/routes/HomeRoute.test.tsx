import { render, screen } from "@testing-library/react";
import { RouterProvider, createMemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import type { Schema } from "@/lib/api/schema-types";
import { CurrentUserContext } from "@/lib/current-user";
import { me } from "@/test/fixtures";
import { HomeRoute } from "./HomeRoute";

function renderHome(caller: Schema<"Me">) {
  const router = createMemoryRouter(
    [
      { path: "/", element: <HomeRoute /> },
      { path: "/jobs", element: <p>jobs page</p> },
    ],
    { initialEntries: ["/"] },
  );
  render(
    <CurrentUserContext.Provider value={caller}>
      <RouterProvider router={router} />
    </CurrentUserContext.Provider>,
  );
  return router;
}

describe("HomeRoute", () => {
  it("sends an installer straight to their jobs", async () => {
    const router = renderHome(me({ roles: ["installer"] }));
    expect(await screen.findByText("jobs page")).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/jobs");
  });

  it("welcomes a dispatcher with call intake as the first shortcut, then requests, board and master data", async () => {
    await i18n.changeLanguage("zh-CN");
    renderHome(me({ displayName: "周文员", roles: ["dispatcher"] }));
    expect(await screen.findByRole("heading", { name: "你好，周文员" })).toBeInTheDocument();
    expect(screen.getAllByRole("link").map((link) => link.querySelector(".shortcut__title")?.textContent)).toEqual([
      "来电登记",
      "服务请求",
      "工单看板",
      "派工日历",
      "承诺预警",
      "回访工作台",
      "异议处理",
      "投诉",
      "技工管理",
      "客户",
      "设备",
      "产品与配件",
      "服务网点",
      "批量导入",
      "奖惩记录",
      "考勤",
      "出差",
      "报销",
      "借调",
    ]);
  });
});
