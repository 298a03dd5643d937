import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RouterProvider, createMemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import type { Schema } from "@/lib/api/schema-types";
import { followUp, me, problem } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { chooseRadio } from "@/test/select-option";
import { FollowUpDetailRoute } from "./FollowUpDetailRoute";

const OBJECTION = "0193a5c8-0000-7000-8000-0000000f8001";

function renderDetail(initial: Schema<"FollowUp">, onPost: (body: unknown) => Response) {
  let current = initial;
  const router = createMemoryRouter([{ path: "/follow-ups/:followUpId", element: <FollowUpDetailRoute /> }], {
    initialEntries: [`/follow-ups/${initial.id}`],
  });
  const view = renderWithApi(
    <RouterProvider router={router} />,
    async (request) => {
      if (request.method === "POST") {
        const answer = onPost(await request.json());
        if (answer.ok) current = (await answer.clone().json()) as Schema<"FollowUp">;
        return answer;
      }
      return json(current);
    },
    me({ roles: ["dispatcher"] }),
  );
  const posts = () => view.requests.filter((request) => request.method === "POST");
  return { ...view, posts };
}

describe("follow-up call", () => {
  it("shows the script of its kind with the customer's name, the phone to dial and the order", async () => {
    await i18n.changeLanguage("zh-CN");
    renderDetail(followUp({ kind: "USAGE_CALL" }), () => json({}));
    const script = await screen.findByRole("region", { name: "通话话术" });
    expect(script).toHaveTextContent("请问是王芳吗？我是北区店的客服");
    expect(script).toHaveTextContent("现在您对产品的使用方法熟悉了吗");
    expect(script).toHaveTextContent("使用中有没有觉得不方便");
    const facts = screen.getByRole("region", { name: "回访信息" });
    expect(within(facts).getByRole("link", { name: "138-1234-5678" })).toHaveAttribute("href", "tel:13812345678");
    expect(within(facts).getByRole("link", { name: "WO-000042" })).toHaveAttribute(
      "href",
      "/work-orders/0193a5c8-0000-7000-8000-0000000b0001",
    );
  });

  it("asks whether the customer answered, then for all three ratings, before anything is sent", async () => {
    await i18n.changeLanguage("zh-CN");
    const { posts } = renderDetail(followUp(), () => json({}));
    const form = await screen.findByRole("form", { name: "记录本次通话" });
    await userEvent.click(within(form).getByRole("button", { name: "提交回访结果" }));
    await waitFor(() =>
      expect(within(form).getByRole("radiogroup", { name: "是否接通" })).toHaveAccessibleDescription("请选择是否接通"),
    );

    await chooseRadio(within(form).getByRole("radio", { name: "已接通" }));
    await chooseRadio(
      within(within(form).getByRole("radiogroup", { name: "熟悉使用方法" })).getByRole("radio", { name: "4" }),
    );
    await userEvent.click(within(form).getByRole("button", { name: "提交回访结果" }));
    await waitFor(() =>
      expect(within(form).getByRole("radiogroup", { name: "符合需要" })).toHaveAccessibleDescription("接通后必须评分"),
    );
    expect(within(form).getByRole("radiogroup", { name: "服务人员态度" })).toHaveAccessibleDescription(
      "接通后必须评分",
    );
    expect(within(form).getByRole("radiogroup", { name: "熟悉使用方法" })).not.toHaveAccessibleDescription(
      "接通后必须评分",
    );
    expect(posts()).toHaveLength(0);
  });

  it("records the answers with the version and links the objection a poor answer opened", async () => {
    await i18n.changeLanguage("zh-CN");
    const open = followUp({ version: 2 });
    const sent: unknown[] = [];
    renderDetail(open, (body) => {
      sent.push(body);
      return json({
        ...open,
        status: "COMPLETED",
        attempts: 1,
        attemptLog: [{ at: "2026-03-06T10:05:00+08:00", by: "zhou.dispatcher", reached: true }],
        answers: { knowsUsage: 5, meetsNeeds: 2, installerAttitude: 4 },
        objectionId: OBJECTION,
        version: 3,
      });
    });
    const form = await screen.findByRole("form", { name: "记录本次通话" });
    await chooseRadio(within(form).getByRole("radio", { name: "已接通" }));
    for (const [question, score] of [
      ["熟悉使用方法", "5"],
      ["符合需要", "2"],
      ["服务人员态度", "4"],
    ] as const) {
      await chooseRadio(
        within(within(form).getByRole("radiogroup", { name: question })).getByRole("radio", { name: score }),
      );
    }
    await userEvent.type(within(form).getByRole("textbox", { name: "客户建议" }), "外机太吵");
    await userEvent.click(within(form).getByRole("button", { name: "提交回访结果" }));

    expect(await screen.findByText("回访已完成。")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "查看异议" })).toHaveAttribute("href", `/objections/${OBJECTION}`);
    expect(screen.queryByRole("form", { name: "记录本次通话" })).not.toBeInTheDocument();
    expect(screen.getByRole("region", { name: "拨打记录" })).toHaveTextContent("已接通");
    expect(sent).toEqual([
      {
        version: 2,
        reached: true,
        answers: { knowsUsage: 5, meetsNeeds: 2, installerAttitude: 4 },
        suggestions: "外机太吵",
      },
    ]);
  });

  it("records an unanswered call and says when to call again, with a fresh form", async () => {
    await i18n.changeLanguage("zh-CN");
    const open = followUp();
    renderDetail(open, () =>
      json({
        ...open,
        attempts: 1,
        nextAttemptAt: "2026-03-06T14:00:00+08:00",
        attemptLog: [{ at: "2026-03-06T10:00:00+08:00", by: "zhou.dispatcher", reached: false, note: "关机" }],
        version: 1,
      }),
    );
    const form = await screen.findByRole("form", { name: "记录本次通话" });
    await chooseRadio(within(form).getByRole("radio", { name: "未接通" }));
    expect(within(form).queryByRole("radiogroup", { name: "熟悉使用方法" })).not.toBeInTheDocument();
    await userEvent.type(within(form).getByRole("textbox", { name: "备注" }), "关机");
    await userEvent.click(within(form).getByRole("button", { name: "记录未接通" }));

    expect(await screen.findByText("已记录未接通，下次拨打时间：2026/03/06 14:00。")).toBeInTheDocument();
    const fresh = screen.getByRole("form", { name: "记录本次通话" });
    expect(within(fresh).getByRole("radio", { name: "未接通" })).not.toBeChecked();
    expect(screen.getByRole("region", { name: "拨打记录" })).toHaveTextContent("关机");
  });

  it("asks to reload when someone else recorded the call first", async () => {
    await i18n.changeLanguage("en");
    renderDetail(followUp(), () =>
      json(
        problem({
          status: 409,
          type: "https://aftercare.dev/problems/follow-up-done",
          title: "Follow-up done",
          detail: "Follow-up FU-000042 is COMPLETED already.",
        }),
        409,
      ),
    );
    const form = await screen.findByRole("form", { name: "Record this call" });
    await chooseRadio(within(form).getByRole("radio", { name: "Not reached" }));
    await userEvent.click(within(form).getByRole("button", { name: "Record as not reached" }));
    const alert = await within(form).findByRole("alert");
    expect(alert).toHaveTextContent("Someone else just recorded or changed this follow-up");
    expect(alert).toHaveTextContent("FU-000042 is COMPLETED already.");
    expect(within(alert).getByRole("button", { name: "Reload" })).toBeInTheDocument();
  });
});
