import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RouterProvider, createMemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import type { Schema } from "@/lib/api/schema-types";
import { me, objection, problem, servicePromise } from "@/test/fixtures";
import { pickOption } from "@/test/pick-option";
import { json, renderWithApi } from "@/test/render";
import { ObjectionDetailRoute } from "./ObjectionDetailRoute";

function renderDetail(initial: Schema<"Objection">, onPost: (path: string, body: unknown) => Response) {
  let current = initial;
  const router = createMemoryRouter([{ path: "/objections/:objectionId", element: <ObjectionDetailRoute /> }], {
    initialEntries: [`/objections/${initial.id}`],
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
        if (answer.ok) current = (await answer.clone().json()) as Schema<"Objection">;
        return answer;
      }
      if (new URL(request.url).pathname === "/api/v1/users") return json({ items: [] });
      return json(current);
    },
    me({ roles: ["dispatcher"] }),
  );
  return { sent };
}

// antd renders slowly in jsdom on a busy machine.
describe("objection detail", { timeout: 60_000 }, () => {
  it("shows the deadline, the escalation and the customer's phone, and gives the commitment with the version", async () => {
    await i18n.changeLanguage("zh-CN");
    const open = objection({
      escalated: true,
      escalatedAt: "2026-03-06T10:00:00+08:00",
      promise: servicePromise({ kind: "OBJECTION_COMMITMENT", status: "BREACHED", dueAt: "2026-03-06T10:00:00+08:00" }),
      version: 1,
    });
    const { sent } = renderDetail(open, () =>
      json({
        ...open,
        status: "COMMITTED",
        commitment: "明天上午派师傅重新安装",
        committedAt: "2026-03-06T11:00:00+08:00",
        committedBy: "wang.manager",
        version: 2,
      }),
    );
    const facts = await screen.findByRole("region", { name: "异议信息" });
    expect(facts).toHaveTextContent("已上报主管");
    expect(facts).toHaveTextContent("已超时");
    expect(within(facts).getByRole("link", { name: "138-1234-5678" })).toHaveAttribute("href", "tel:13812345678");

    const form = screen.getByRole("form", { name: "作出服务承诺" });
    await userEvent.click(within(form).getByRole("button", { name: "保存承诺" }));
    await waitFor(() =>
      expect(within(form).getByRole("textbox", { name: "服务承诺" })).toHaveAccessibleDescription(/必填/),
    );
    expect(sent).toHaveLength(0);
    await userEvent.type(within(form).getByRole("textbox", { name: "服务承诺" }), "明天上午派师傅重新安装");
    await userEvent.click(within(form).getByRole("button", { name: "保存承诺" }));

    expect(await within(facts).findByText("已承诺")).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "异议信息" })).toHaveTextContent("明天上午派师傅重新安装");
    // The history names who gave the commitment.
    expect(screen.getByRole("region", { name: "处理记录" })).toHaveTextContent(/作出服务承诺.*王经理/);
    expect(sent).toEqual([
      { path: `/api/v1/objections/${open.id}/commitment`, body: { version: 1, commitment: "明天上午派师傅重新安装" } },
    ]);
    // Once committed, only the resolution is left, and its form is open.
    const steps = screen.getByRole("region", { name: "处理步骤" });
    expect(within(steps).queryByRole("button", { name: "作出服务承诺" })).not.toBeInTheDocument();
    expect(within(steps).getByRole("form", { name: "处理完毕" })).toBeInTheDocument();
  });

  it("resolves with how the customer was told, which it asks for", async () => {
    await i18n.changeLanguage("zh-CN");
    const committed = objection({ status: "COMMITTED", commitment: "明天上午派师傅重新安装", version: 2 });
    const { sent } = renderDetail(committed, () =>
      json({ ...committed, status: "RESOLVED", resolution: "已加装减震垫", customerInformedVia: "SMS", version: 3 }),
    );
    const form = await screen.findByRole("form", { name: "处理完毕" });
    await userEvent.type(within(form).getByRole("textbox", { name: "处理结果" }), "已加装减震垫");
    await userEvent.click(within(form).getByRole("button", { name: "确认已处理并告知客户" }));
    await waitFor(() =>
      expect(within(form).getByRole("combobox", { name: "告知客户的方式" })).toHaveAccessibleDescription("必填"),
    );
    expect(sent).toHaveLength(0);
    await pickOption(within(form).getByRole("combobox", { name: "告知客户的方式" }), "短信");
    await userEvent.click(within(form).getByRole("button", { name: "确认已处理并告知客户" }));

    expect(await screen.findByText("通过短信告知客户")).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "处理步骤" })).not.toBeInTheDocument();
    expect(sent[0]).toEqual({
      path: `/api/v1/objections/${committed.id}/resolution`,
      body: { version: 2, resolution: "已加装减震垫", customerInformedVia: "SMS" },
    });
  });

  it("asks to reload when someone else handled the objection first", async () => {
    await i18n.changeLanguage("en");
    renderDetail(objection(), () =>
      json(
        problem({
          status: 409,
          type: "https://aftercare.dev/problems/objection-status",
          title: "Objection already handled",
          detail: "Objection OB-000042 is COMMITTED: a commitment was given already.",
        }),
        409,
      ),
    );
    const form = await screen.findByRole("form", { name: "Give a service commitment" });
    await userEvent.type(within(form).getByRole("textbox", { name: "Service commitment" }), "Visit tomorrow");
    await userEvent.click(within(form).getByRole("button", { name: "Save commitment" }));
    const alert = await within(form).findByRole("alert");
    expect(alert).toHaveTextContent("Someone else just handled or changed this objection");
    expect(within(alert).getByRole("button", { name: "Reload" })).toBeInTheDocument();
  });
});
