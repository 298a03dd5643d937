import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RouterProvider, createMemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import type { Schema } from "@/lib/api/schema-types";
import { disciplineEntry, installer, me, problem } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { DisciplineRoute } from "./DisciplineRoute";

const LI = "0193a5c8-0000-7000-8000-0000000a0001";

function renderLedger(
  entries: Schema<"DisciplineEntry">[],
  caller: Schema<"Me">,
  onPost: (path: string, body: unknown) => Response = () => json({}),
) {
  let current = entries;
  const router = createMemoryRouter([{ path: "/discipline", element: <DisciplineRoute /> }], {
    initialEntries: ["/discipline"],
  });
  const sent: { path: string; body: unknown }[] = [];
  const view = renderWithApi(
    <RouterProvider router={router} />,
    async (request) => {
      const url = new URL(request.url);
      if (request.method === "POST") {
        const body = await request.json();
        sent.push({ path: url.pathname, body });
        const answer = onPost(url.pathname, body);
        if (answer.ok) {
          const saved = (await answer.clone().json()) as Schema<"DisciplineEntry">;
          current = current.map((entry) => (entry.id === saved.id ? saved : entry));
        }
        return answer;
      }
      if (url.pathname === "/api/v1/installers") return json({ items: [installer({ id: LI })] });
      return json({ items: current });
    },
    caller,
  );
  return { sent, requests: view.requests };
}

// antd renders slowly in jsdom on a busy machine.
describe("discipline ledger", { timeout: 60_000 }, () => {
  it("shows a manager the proposed fine with its source and lets them confirm it", async () => {
    await i18n.changeLanguage("zh-CN");
    const fine = disciplineEntry();
    const { sent } = renderLedger([fine], me({ roles: ["manager"] }), () =>
      json({
        ...fine,
        status: "CONFIRMED",
        decidedAt: "2026-03-05T12:00:00+08:00",
        decidedBy: "wang.manager",
        version: 1,
      }),
    );
    const table = await screen.findByRole("table", { name: "奖惩记录" });
    const row = await within(table).findByRole("row", { name: /DE-000042/ });
    expect(row).toHaveTextContent("李师傅");
    expect(row).toHaveTextContent("罚款");
    expect(row).toHaveTextContent("−¥50.00");
    expect(row).toHaveTextContent("迟到");
    expect(row).toHaveTextContent("待确认");
    expect(within(row).getByRole("link", { name: "WO-000042" })).toHaveAttribute(
      "href",
      `/work-orders/${fine.sourceId}`,
    );

    await userEvent.click(within(row).getByRole("button", { name: "查看 DE-000042" }));
    const panel = await screen.findByRole("region", { name: "奖惩记录 DE-000042" });
    const form = within(panel).getByRole("form", { name: "确认记录" });
    // The rules priced it: nothing to type.
    expect(within(form).queryByRole("textbox")).not.toBeInTheDocument();
    await userEvent.click(within(form).getByRole("button", { name: "确认记录" }));
    expect(
      await within(await screen.findByRole("table", { name: "奖惩记录" })).findByText("已确认"),
    ).toBeInTheDocument();
    expect(sent).toEqual([{ path: `/api/v1/discipline-entries/${fine.id}/confirmation`, body: { version: 0 } }]);
  });

  it("asks the amount of a fine the rules could not price, and says why waiving was refused", async () => {
    await i18n.changeLanguage("zh-CN");
    const unpriced = disciplineEntry({ amount: undefined, rule: "INCOMPLETE_SERVICE_REPORT" });
    const { sent } = renderLedger([unpriced], me({ roles: ["manager"] }), (path) =>
      path.endsWith("/waiver")
        ? json(problem({ status: 400, errors: [{ field: "reason", message: "say why the entry is waived" }] }), 400)
        : json({ ...unpriced, amount: "20.00", status: "CONFIRMED", version: 1 }),
    );
    expect(await screen.findByText("待定")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "查看 DE-000042" }));
    const form = await screen.findByRole("form", { name: "确认记录" });
    await userEvent.click(within(form).getByRole("button", { name: "确认记录" }));
    await waitFor(() =>
      expect(within(form).getByRole("spinbutton", { name: "金额" })).toHaveAccessibleDescription(/必填/),
    );
    expect(sent).toHaveLength(0);

    await userEvent.click(screen.getByRole("button", { name: "免除" }));
    const waiver = await screen.findByRole("form", { name: "免除记录" });
    await userEvent.type(within(waiver).getByRole("textbox", { name: "免除理由" }), " x");
    await userEvent.click(within(waiver).getByRole("button", { name: "确认免除" }));
    // The server's English message stands at the field in words of the UI's language; its own text is in the details.
    await waitFor(() =>
      expect(within(waiver).getByRole("textbox", { name: "免除理由" })).toHaveAccessibleDescription(/此项填写有误/),
    );
    expect(waiver).toHaveTextContent("say why the entry is waived");
  });

  it("filters the ledger from the home page's links: proposed entries and pending appeals", async () => {
    await i18n.changeLanguage("zh-CN");
    for (const [link, key, value] of [
      ["/discipline?status=PROPOSED", "status", "PROPOSED"],
      ["/discipline?appealStatus=PENDING", "appealStatus", "PENDING"],
    ] as const) {
      const router = createMemoryRouter([{ path: "/discipline", element: <DisciplineRoute /> }], {
        initialEntries: [link],
      });
      const { requests, unmount } = renderWithApi(
        <RouterProvider router={router} />,
        (request) =>
          new URL(request.url).pathname === "/api/v1/discipline-entries"
            ? json({ items: [disciplineEntry({ appealStatus: "PENDING", appealReason: "路上堵车" })] })
            : json({ items: [] }),
        me({ roles: ["manager"] }),
      );
      const filters = await screen.findByRole("search", { name: "筛选奖惩记录" });
      expect(filters).toHaveTextContent(value === "PROPOSED" ? "待确认" : "申诉待处理");
      const lists = requests.filter((request) => new URL(request.url).pathname === "/api/v1/discipline-entries");
      expect(new URL(lists[0]!.url).searchParams.get(key)).toBe(value);
      unmount();
    }
  });

  it("lets an installer appeal an entry of their own once, without the office's columns and tabs", async () => {
    await i18n.changeLanguage("zh-CN");
    const fine = disciplineEntry({ status: "CONFIRMED" });
    const { sent, requests } = renderLedger(
      [fine],
      me({ userId: LI, roles: ["installer"], displayName: "李师傅" }),
      () => json({ ...fine, appealStatus: "PENDING", appealReason: "路上堵车", version: 1 }),
    );
    const table = await screen.findByRole("table", { name: "奖惩记录" });
    expect(screen.getByRole("heading", { name: "我的奖惩记录" })).toBeInTheDocument();
    expect(screen.queryByRole("navigation", { name: "奖惩相关记录" })).not.toBeInTheDocument();
    expect(within(table).queryByRole("columnheader", { name: "售后人员" })).not.toBeInTheDocument();
    expect(await within(table).findByRole("link", { name: "WO-000042" })).toHaveAttribute(
      "href",
      `/jobs/${fine.sourceId}`,
    );
    expect(screen.queryByRole("button", { name: "新增记录" })).not.toBeInTheDocument();

    await userEvent.click(await within(table).findByRole("button", { name: "查看 DE-000042" }));
    const form = await screen.findByRole("form", { name: "申诉" });
    await userEvent.type(within(form).getByRole("textbox", { name: "申诉理由" }), "路上堵车");
    await userEvent.click(within(form).getByRole("button", { name: "提交申诉" }));
    expect(
      await within(await screen.findByRole("table", { name: "奖惩记录" })).findByText("申诉待处理"),
    ).toBeInTheDocument();
    expect(sent).toEqual([
      { path: `/api/v1/discipline-entries/${fine.id}/appeal`, body: { version: 0, reason: "路上堵车" } },
    ]);
    // Once appealed, there is no second appeal.
    expect(screen.queryByRole("button", { name: "申诉" })).not.toBeInTheDocument();
    // An installer may not list the tenant's installers.
    expect(requests.some((request) => new URL(request.url).pathname === "/api/v1/installers")).toBe(false);
  });
});
