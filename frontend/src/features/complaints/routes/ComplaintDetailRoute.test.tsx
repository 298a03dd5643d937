import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RouterProvider, createMemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import type { Schema } from "@/lib/api/schema-types";
import { complaint, me, servicePromise } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { ComplaintDetailRoute } from "./ComplaintDetailRoute";

function renderDetail(
  initial: Schema<"Complaint">,
  roles: string[],
  onPost: (path: string, body: unknown) => Response,
) {
  let current = initial;
  const router = createMemoryRouter([{ path: "/complaints/:complaintId", element: <ComplaintDetailRoute /> }], {
    initialEntries: [`/complaints/${initial.id}`],
  });
  const sent: { path: string; body: unknown }[] = [];
  renderWithApi(
    <RouterProvider router={router} />,
    async (request) => {
      if (request.method === "POST") {
        const path = new URL(request.url).pathname;
        const body = await request.json();
        sent.push({ path, body });
        const answer = onPost(path, body);
        if (answer.ok) current = (await answer.clone().json()) as Schema<"Complaint">;
        return answer;
      }
      if (new URL(request.url).pathname === "/api/v1/users") return json({ items: [] });
      return json(current);
    },
    me({ roles }),
  );
  return { sent };
}

// antd renders slowly in jsdom on a busy machine.
describe("complaint detail", { timeout: 60_000 }, () => {
  it("lets a dispatcher only start the investigation, with the answer deadline shown", async () => {
    await i18n.changeLanguage("zh-CN");
    const open = complaint({ promise: servicePromise({ kind: "COMPLAINT_ANSWER", status: "AT_RISK" }) });
    const { sent } = renderDetail(open, ["dispatcher"], () =>
      json({ ...open, status: "INVESTIGATING", investigationNote: "已联系客户", version: 1 }),
    );
    const facts = await screen.findByRole("region", { name: "投诉信息" });
    expect(facts).toHaveTextContent("与客户争吵");
    expect(facts).toHaveTextContent("临期");
    const steps = screen.getByRole("region", { name: "处理步骤" });
    expect(
      within(steps)
        .getAllByRole("button")
        .map((button) => button.textContent),
    ).toEqual(["开始调查"]);
    await userEvent.click(within(steps).getByRole("button", { name: "开始调查" }));
    await userEvent.type(screen.getByRole("textbox", { name: "说明" }), "已联系客户");
    await userEvent.click(
      within(screen.getByRole("form", { name: "开始调查" })).getByRole("button", { name: "开始调查" }),
    );
    expect(await within(screen.getByRole("region", { name: "投诉信息" })).findByText("调查中")).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "投诉信息" })).toHaveTextContent("已联系客户");
    expect(sent).toEqual([
      { path: `/api/v1/complaints/${open.id}/investigation`, body: { version: 0, note: "已联系客户" } },
    ]);
    // Deciding is the manager's.
    expect(screen.queryByRole("region", { name: "处理步骤" })).not.toBeInTheDocument();
  });

  it("makes a manager say why a complaint is rejected", async () => {
    await i18n.changeLanguage("zh-CN");
    const investigating = complaint({ status: "INVESTIGATING", version: 2 });
    const { sent } = renderDetail(investigating, ["manager"], () =>
      json({
        ...investigating,
        status: "REJECTED",
        decisionNote: "监控显示师傅按时到达",
        decidedAt: "2026-03-06T09:00:00+08:00",
        decidedBy: "wang.manager",
        version: 3,
      }),
    );
    await userEvent.click(await screen.findByRole("button", { name: "驳回" }));
    const form = screen.getByRole("form", { name: "驳回投诉" });
    await userEvent.click(within(form).getByRole("button", { name: "驳回投诉" }));
    await waitFor(() =>
      expect(within(form).getByRole("textbox", { name: "驳回理由" })).toHaveAccessibleDescription("必填"),
    );
    expect(sent).toHaveLength(0);
    await userEvent.type(within(form).getByRole("textbox", { name: "驳回理由" }), "监控显示师傅按时到达");
    await userEvent.type(within(form).getByRole("textbox", { name: "已答复客户的内容（如现在答复）" }), "已电话说明");
    await userEvent.click(within(form).getByRole("button", { name: "驳回投诉" }));
    const facts = screen.getByRole("region", { name: "投诉信息" });
    expect(await within(facts).findByText("已驳回")).toBeInTheDocument();
    expect(facts).toHaveTextContent("监控显示师傅按时到达");
    // The history says who decided, by name.
    expect(screen.getByRole("region", { name: "处理记录" })).toHaveTextContent(/驳回.*王经理/);
    expect(sent[0]).toEqual({
      path: `/api/v1/complaints/${investigating.id}/rejection`,
      body: { version: 2, note: "监控显示师傅按时到达", customerAnswer: "已电话说明" },
    });
    expect(screen.getByRole("button", { name: "结案" })).toBeInTheDocument();
  });
});
