import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RouterProvider, createMemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import type { Schema } from "@/lib/api/schema-types";
import { problem } from "@/test/fixtures";
import { earlyWarning } from "@/test/fixtures-quality";
import { json, renderWithApi } from "@/test/render";
import { EarlyWarningDetailRoute } from "./EarlyWarningDetailRoute";
import { EarlyWarningsRoute } from "./EarlyWarningsRoute";

type Warning = Schema<"EarlyWarning">;

const STALE = problem({
  type: "https://aftercare.dev/problems/stale-version",
  title: "Stale version",
  status: 409,
  detail:
    "The warning changed meanwhile: you sent version 0, the current version is 1. Reload and apply your change again.",
  errors: [{ field: "version", message: "stale: current version is 1" }],
});

/** The warning's page over a fake server that keeps the warning and answers each POST with `onPost`. */
function renderDetail(initial: Warning, onPost: (path: string, body: unknown, current: Warning) => Response) {
  let current = initial;
  const sent: { path: string; body: unknown }[] = [];
  const router = createMemoryRouter([{ path: "/early-warnings/:warningId", element: <EarlyWarningDetailRoute /> }], {
    initialEntries: [`/early-warnings/${initial.id}`],
  });
  renderWithApi(<RouterProvider router={router} />, async (request) => {
    const path = new URL(request.url).pathname;
    if (request.method === "POST") {
      const body = await request.json();
      sent.push({ path, body });
      const answer = onPost(path, body, current);
      if (answer.ok) current = (await answer.clone().json()) as Warning;
      return answer;
    }
    if (path === "/api/v1/users") return json({ items: [] });
    return json(current);
  });
  return {
    sent,
    /** Someone else changes the warning on the server. */
    change: (next: Warning) => {
      current = next;
    },
  };
}

// antd renders slowly in jsdom on a busy machine.
describe("early warnings", { timeout: 60_000 }, () => {
  it("lists what recurred in words, with where it went and its state", async () => {
    await i18n.changeLanguage("zh-CN");
    const router = createMemoryRouter([{ path: "/early-warnings", element: <EarlyWarningsRoute /> }], {
      initialEntries: ["/early-warnings"],
    });
    const { requests } = renderWithApi(<RouterProvider router={router} />, () =>
      json({
        items: [
          earlyWarning(),
          earlyWarning({
            id: "0193a5c8-0000-7000-8000-0000000000e2",
            rule: "CONSECUTIVE_MONTHS",
            periodStart: "2026-10-01",
            occurrences: 5,
            routedTo: undefined,
            faultCategoryName: undefined,
            faultCategory: "door-seal",
            status: "ACKNOWLEDGED",
          }),
        ],
      }),
    );
    const table = await screen.findByRole("table", { name: "质量预警" });
    expect(
      await within(table).findByRole("link", { name: "冷柜 K-200 · 不制冷 · 一个月内 4 次 (2026-12)" }),
    ).toHaveAttribute("href", "/early-warnings/0193a5c8-0000-7000-8000-0000000000e1");
    expect(
      within(table).getByRole("link", {
        name: "冷柜 K-200 · door seal · 连续 3 个月出现，共 5 次 (2026-10 – 2026-12)",
      }),
    ).toBeInTheDocument();
    expect(table).toHaveTextContent("技术部门");
    expect(table).toHaveTextContent("未分类");
    expect(table).toHaveTextContent("已确认");
    // Open by default: those not yet closed.
    expect(new URL(requests[0]!.url).searchParams.get("open")).toBe("true");
  });

  it("acknowledges an open warning and links the orders it counted", async () => {
    await i18n.changeLanguage("zh-CN");
    const open = earlyWarning();
    const { sent } = renderDetail(open, (_, __, current) =>
      json({
        ...current,
        status: "ACKNOWLEDGED",
        acknowledgedAt: "2026-12-05T03:00:00Z",
        acknowledgedBy: "wang.manager",
        version: 1,
      }),
    );
    const orders = await screen.findByRole("region", { name: "计入的维修工单（2）" });
    expect(within(orders).getByRole("link", { name: "WO-000101" })).toHaveAttribute(
      "href",
      "/work-orders/0193a5c8-0000-7000-8000-0000000000b1",
    );
    expect(screen.getByRole("region", { name: "计入的信息单（2）" })).toHaveTextContent("QR-000007");
    await userEvent.click(screen.getByRole("button", { name: "确认预警" }));
    const facts = screen.getByRole("region", { name: "预警信息" });
    await waitFor(() => expect(facts).toHaveTextContent("王经理"));
    expect(screen.getAllByText("已确认").length).toBeGreaterThan(0);
    expect(screen.queryByRole("button", { name: "确认预警" })).not.toBeInTheDocument();
    expect(sent).toEqual([{ path: `/api/v1/early-warnings/${open.id}/acknowledge`, body: { version: 0 } }]);
  });

  it("offers a reload when someone else acknowledged the warning meanwhile", async () => {
    await i18n.changeLanguage("zh-CN");
    const open = earlyWarning();
    const server = renderDetail(open, () => json(STALE, 409));
    await userEvent.click(await screen.findByRole("button", { name: "确认预警" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("该预警已被他人更新");
    server.change({ ...open, status: "ACKNOWLEDGED", acknowledgedAt: "2026-12-05T03:00:00Z", version: 1 });
    await userEvent.click(within(alert).getByRole("button", { name: "重新加载" }));
    await waitFor(() => expect(screen.queryByRole("button", { name: "确认预警" })).not.toBeInTheDocument());
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("closes a warning only with the action taken, and after a stale version with the one read again", async () => {
    await i18n.changeLanguage("zh-CN");
    const acknowledged = earlyWarning({ status: "ACKNOWLEDGED", version: 1 });
    let stale = true;
    const server = renderDetail(acknowledged, (_, body, current) => {
      if (stale) return json(STALE, 409);
      return json({
        ...current,
        status: "CLOSED",
        closedAt: "2026-12-06T03:00:00Z",
        closedBy: "wang.manager",
        actionNote: (body as { actionNote: string }).actionNote,
        version: current.version + 1,
      });
    });
    await userEvent.click(await screen.findByRole("button", { name: "填写措施并关闭" }));
    let form = await screen.findByRole("form", { name: "关闭预警 EW-000001" });
    await userEvent.click(within(form).getByRole("button", { name: "关闭预警" }));
    await waitFor(() =>
      expect(within(form).getByRole("textbox", { name: "处理措施" })).toHaveAccessibleDescription("必填"),
    );
    expect(server.sent).toHaveLength(0);

    await userEvent.type(within(form).getByRole("textbox", { name: "处理措施" }), "已通知研发更换压缩机供应商");
    await userEvent.click(within(form).getByRole("button", { name: "关闭预警" }));
    const alert = await within(form).findByRole("alert");
    expect(alert).toHaveTextContent("该预警已被他人更新");
    server.change({ ...acknowledged, version: 2 });
    stale = false;
    await userEvent.click(within(alert).getByRole("button", { name: "重新加载" }));

    await userEvent.click(await screen.findByRole("button", { name: "填写措施并关闭" }));
    form = await screen.findByRole("form", { name: "关闭预警 EW-000001" });
    await userEvent.type(within(form).getByRole("textbox", { name: "处理措施" }), "已通知研发更换压缩机供应商");
    await userEvent.click(within(form).getByRole("button", { name: "关闭预警" }));
    const facts = screen.getByRole("region", { name: "预警信息" });
    await waitFor(() => expect(facts).toHaveTextContent("已通知研发更换压缩机供应商"));
    expect(screen.queryByRole("button", { name: "填写措施并关闭" })).not.toBeInTheDocument();
    expect(server.sent.map((entry) => entry.body)).toEqual([
      { version: 1, actionNote: "已通知研发更换压缩机供应商" },
      { version: 2, actionNote: "已通知研发更换压缩机供应商" },
    ]);
  });
});
