import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import { me } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { MessageTextsRoute } from "./MessageTextsRoute";

const kinds = {
  items: [
    {
      template: "APPOINTMENT_SET",
      arguments: ["orderNumber", "window"],
      texts: [
        {
          language: "zh-CN",
          subject: "上门时间已确定",
          body: "工单 {0} 的上门时间：{1}。",
          defaultSubject: "上门时间已确定",
          defaultBody: "工单 {0} 的上门时间：{1}。如需改约请致电我们。",
          custom: true,
          updatedAt: "2026-12-06T02:00:00Z",
          updatedBy: "张经理",
        },
        {
          language: "en",
          subject: "Appointment set",
          body: "Work order {0}: our installer will visit {1}.",
          defaultSubject: "Appointment set",
          defaultBody: "Work order {0}: our installer will visit {1}.",
          custom: false,
        },
      ],
    },
  ],
};

// antd renders slowly in jsdom on a busy machine.
describe("message texts", { timeout: 120_000 }, () => {
  it("lists kinds by name with who receives them, and saves a text with a placeholder inserted from its chip", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderWithApi(
      <MemoryRouter>
        <MessageTextsRoute />
      </MemoryRouter>,
      (request) =>
        request.url.endsWith("/preview")
          ? json({ subject: "上门时间已确定", body: "工单 WO-000001 的上门时间：12月9日 14:00–16:00。", smsParts: 1 })
          : request.method === "PUT"
            ? json(kinds.items[0])
            : json(kinds),
      me({ roles: ["manager"] }),
    );
    expect(await screen.findByText("上门时间已确定", { selector: "strong" })).toBeInTheDocument();
    expect(screen.getByText("客户")).toBeInTheDocument();
    expect(screen.getByText("简体中文: 已自定义")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "修改消息“上门时间已确定”" }));

    const zh = await screen.findByRole("region", { name: "简体中文" });
    expect(within(zh).getByText("工单 {0} 的上门时间：{1}。如需改约请致电我们。")).toBeInTheDocument();
    const body = within(zh).getByLabelText("正文");
    await userEvent.click(body);
    await userEvent.type(body, "请留意");
    await userEvent.click(within(zh).getByRole("button", { name: "{0} = 工单号" }));
    expect(body).toHaveValue("工单 {0} 的上门时间：{1}。请留意{0}");
    expect(await within(zh).findByText("按 1 条短信发送")).toBeInTheDocument();

    await userEvent.click(within(zh).getByRole("button", { name: /保\s*存/ }));
    await waitFor(() => expect(requests.some((request) => request.method === "PUT")).toBe(true));
    const put = requests.find((request) => request.method === "PUT")!;
    expect(new URL(put.url).pathname).toBe("/api/v1/notification-templates/APPOINTMENT_SET/zh-CN");
    expect(await put.json()).toEqual({ subject: "上门时间已确定", body: "工单 {0} 的上门时间：{1}。请留意{0}" });
  });
});
