import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import type { Schema } from "@/lib/api/schema-types";
import { addDays, todayIn } from "@/lib/format";
import { catalogItem, defaultSettings, problem, servicePoint } from "@/test/fixtures";
import { campaign } from "@/test/fixtures-campaigns";
import { json, renderWithApi } from "@/test/render";
import { chooseOption } from "@/test/select-option";
import { CampaignForm } from "./CampaignForm";

const PRODUCT = catalogItem({ id: "0193a5c8-0000-7000-8000-0000000f0007", name: "壁挂空调 KF-35" });

function renderForm(onCreate: (body: Schema<"CampaignRequest">) => Response = () => json(campaign(), 201)) {
  const onSaved = vi.fn();
  const audiences: Schema<"CampaignAudienceRequest">[] = [];
  const view = renderWithApi(<CampaignForm onSaved={onSaved} />, async (request) => {
    const path = new URL(request.url).pathname;
    if (path === "/api/v1/catalog-items") return json({ items: [catalogItem(), PRODUCT] });
    if (path === "/api/v1/service-points") return json({ items: [servicePoint()] });
    if (path === "/api/v1/settings") return json(defaultSettings());
    if (path === "/api/v1/campaigns/audience") {
      const body = (await request.json()) as Schema<"CampaignAudienceRequest">;
      audiences.push(body);
      return json(
        body.segment?.productId
          ? { customers: 40, optedOut: 2, unreachable: 1 }
          : { customers: 500, optedOut: 9, unreachable: 12 },
      );
    }
    if (path === "/api/v1/campaigns" && request.method === "POST") {
      return onCreate((await request.json()) as Schema<"CampaignRequest">);
    }
    return json(problem({ status: 404, type: "https://aftercare.dev/problems/not-found" }), 404);
  });
  return { ...view, onSaved, audiences };
}

const messageZh = () => screen.getByRole("textbox", { name: "中文消息" }) as HTMLTextAreaElement;

// antd renders slowly in jsdom on a busy machine.
describe("the campaign form", { timeout: 120_000 }, () => {
  it("counts the audience live as the segment is set, the product chosen by name", async () => {
    await i18n.changeLanguage("zh-CN");
    const { audiences } = renderForm();
    const audience = await screen.findByRole("region", { name: "目标客户" });
    expect(await within(audience).findByText("覆盖 500 位客户 · 9 位已退订 · 12 位无电话")).toBeInTheDocument();
    await chooseOption(within(audience).getByLabelText("拥有产品"), "壁挂空调 KF-35");
    expect(await within(audience).findByText("覆盖 40 位客户 · 2 位已退订 · 1 位无电话")).toBeInTheDocument();
    expect(audiences.at(-1)).toEqual({ channel: "SMS", segment: { productId: PRODUCT.id } });
    // Typing pauses before the count is asked for: not one request per keystroke.
    await userEvent.type(within(audience).getByLabelText("保修将在以下天数内到期"), "365");
    await waitFor(() =>
      expect(audiences.at(-1)).toEqual({
        channel: "SMS",
        segment: { productId: PRODUCT.id, warrantyEndingWithinDays: 365 },
      }),
    );
    expect(audiences.filter((request) => request.segment?.warrantyEndingWithinDays !== undefined)).toHaveLength(1);
  });

  it("counts a recent-installations campaign by the company's months when none are given", async () => {
    await i18n.changeLanguage("zh-CN");
    const { audiences } = renderForm();
    await screen.findByText("覆盖 500 位客户 · 9 位已退订 · 12 位无电话");
    await userEvent.click(screen.getByText("新装回访"));
    // defaultSettings: customers installed within the last 3 months count as recently installed.
    await waitFor(() => expect(audiences.at(-1)?.segment).toEqual({ installedWithinMonths: 3 }));
    // The message follows the kind while the manager has not written their own.
    expect(messageZh().value).toContain("新装产品用得还顺手吗");
  });

  it("inserts a placeholder at the cursor and previews the message with how many SMS it makes", async () => {
    await i18n.changeLanguage("zh-CN");
    renderForm();
    const text = messageZh();
    await userEvent.clear(text);
    await userEvent.type(text, "您好，点此预约：");
    text.setSelectionRange(0, 0);
    fireEvent.select(text);
    const group = screen.getByRole("group", { name: "中文消息" });
    await userEvent.click(within(group).getByRole("button", { name: "在中文消息中插入客户姓名" }));
    expect(text.value).toBe("{name}您好，点此预约：");
    // The sample customer's name stands in the preview.
    expect(within(group).getByText("王芳您好，点此预约：")).toBeInTheDocument();
    expect(within(group).getByText("共 10 字 · 1 条短信（每条最多 70 字）")).toBeInTheDocument();
    // The cursor stays after what was inserted.
    await userEvent.click(within(group).getByRole("button", { name: "在中文消息中插入预约链接" }));
    expect(text.value).toBe("{name}{link}您好，点此预约：");
    expect(
      within(group).getByText(/^王芳http:\/\/localhost(:\d+)?\/c\/north\/[0-9a-f]{32}您好，点此预约：$/),
    ).toBeInTheDocument();

    fireEvent.change(text, { target: { value: `${text.value}${"冬季".repeat(30)}` } });
    expect(within(group).getByRole("alert")).toHaveTextContent(/将拆成 2 条短信发送/);
  });

  it("saves the draft with what was filled in and goes on to it", async () => {
    await i18n.changeLanguage("zh-CN");
    const created = campaign({ number: "MC-000009", name: "冬季保养" });
    let sent: Schema<"CampaignRequest"> | null = null;
    const { onSaved } = renderForm((body) => {
      sent = body;
      return json(created, 201);
    });
    await userEvent.type(await screen.findByLabelText("名称"), "冬季保养");
    await chooseOption(screen.getByLabelText("拥有产品"), "壁挂空调 KF-35");
    await userEvent.click(screen.getByRole("button", { name: "保存草稿" }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(onSaved.mock.calls[0]![0]).toEqual(created);
    const today = todayIn("Asia/Shanghai");
    expect(sent).toEqual({
      name: "冬季保养",
      kind: "MAINTENANCE",
      channel: "SMS",
      segment: { productId: PRODUCT.id },
      messageZh: expect.stringContaining("{link}"),
      messageEn: expect.stringContaining("{link}"),
      visitsFrom: addDays(today, 1),
      visitsUntil: addDays(today, 30),
      slotCapacity: 2,
      quietFrom: "21:00",
      quietUntil: "08:00",
    });
    expect(await screen.findByText("活动 MC-000009“冬季保养”已保存为草稿，可在活动页面启动")).toBeInTheDocument();
  });

  it("says what is missing before sending, and puts the server's errors on their fields", async () => {
    await i18n.changeLanguage("zh-CN");
    const posts = vi.fn(() =>
      json(
        problem({
          status: 400,
          errors: [{ field: "visitsUntil", message: "must be at most 92 days after visitsFrom" }],
        }),
        400,
      ),
    );
    renderForm(posts);
    const text = messageZh();
    await userEvent.clear(text);
    await userEvent.type(text, "您好，请来电预约");
    await userEvent.click(screen.getByRole("button", { name: "保存草稿" }));
    expect(await screen.findByText("必填")).toBeInTheDocument();
    expect(screen.getByText("消息必须包含 {link}（客户的预约链接）")).toBeInTheDocument();
    expect(posts).not.toHaveBeenCalled();

    await userEvent.clear(text);
    await userEvent.type(await screen.findByLabelText("名称"), "冬季保养");
    await userEvent.click(screen.getByRole("button", { name: "保存草稿" }));
    const visits = screen.getByRole("region", { name: "上门预约" });
    expect(await within(visits).findByText(/92/)).toBeInTheDocument();
    expect(posts).toHaveBeenCalledOnce();
  });
});
