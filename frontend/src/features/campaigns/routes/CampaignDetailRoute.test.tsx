import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RouterProvider, createMemoryRouter } from "react-router";
import { describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import type { Schema } from "@/lib/api/schema-types";
import { me, problem } from "@/test/fixtures";
import { campaign, campaignFunnel, campaignRecipient, launchedCampaign } from "@/test/fixtures-campaigns";
import { json, renderWithApi } from "@/test/render";
import { chooseOption } from "@/test/select-option";
import { CampaignDetailRoute } from "./CampaignDetailRoute";

// ECharts draws on a canvas jsdom does not have; the chart's text alternative stands in for it.
vi.mock("../components/FunnelChart", () => ({
  FunnelChart: ({ summary }: { summary: string }) => <div role="img" aria-label={summary} />,
}));

type Campaign = Schema<"Campaign">;

function renderDetail(
  reads: Campaign[],
  {
    roles = ["manager"],
    onPost = () => json({}, 500),
    recipients = () => json({ items: [] }),
  }: {
    roles?: string[];
    onPost?: (path: string, body: unknown) => Response;
    recipients?: (url: URL) => Response;
  } = {},
) {
  const router = createMemoryRouter([{ path: "/campaigns/:campaignId", element: <CampaignDetailRoute /> }], {
    initialEntries: [`/campaigns/${reads[0]!.id}`],
  });
  let read = 0;
  const view = renderWithApi(
    <RouterProvider router={router} />,
    async (request) => {
      const url = new URL(request.url);
      if (request.method === "POST") return onPost(url.pathname, await request.json());
      if (url.pathname.endsWith("/recipients")) return recipients(url);
      // Each read of the campaign answers the next state, the last one from then on.
      return json(reads[Math.min(read++, reads.length - 1)]);
    },
    me({ roles }),
  );
  return { ...view, router, reads: () => read };
}

const buttonNames = (region: HTMLElement) =>
  within(region)
    .queryAllByRole("button")
    .map((button) => button.textContent?.replace(/\s/g, ""));

// antd renders slowly in jsdom on a busy machine.
describe("a campaign's page", { timeout: 120_000 }, () => {
  it("shows a draft's definition and launches it after a confirmation that names its audience", async () => {
    await i18n.changeLanguage("zh-CN");
    const draft = campaign();
    const launched = launchedCampaign({ funnel: campaignFunnel({ recipients: 128, messaged: 120, pending: 120 }) });
    const posts: { path: string; body: unknown }[] = [];
    renderDetail([draft, launched], {
      onPost: (path, body) => {
        posts.push({ path, body });
        return json(launched);
      },
    });
    expect(await screen.findByRole("heading", { level: 1, name: "MC-000001 冬季免费保养月" })).toBeInTheDocument();
    const facts = screen.getByRole("region", { name: "活动信息" });
    expect(facts).toHaveTextContent("最近 24 个月内安装；拥有 车载定位终端 T100");
    expect(facts).toHaveTextContent("2026-12-10 至 2026-12-24");
    expect(facts).toHaveTextContent("21:00 – 次日 08:00");
    expect(screen.getByRole("region", { name: "当前目标客户" })).toHaveTextContent(
      "覆盖 120 位客户 · 3 位已退订 · 5 位无电话",
    );
    expect(screen.getByRole("region", { name: "消息内容" })).toHaveTextContent("{name}您好");
    const header = screen.getByRole("banner");
    expect(buttonNames(header)).toEqual(["启动", "取消活动"]);
    expect(within(header).getByRole("link", { name: /^修\s*改$/ })).toHaveAttribute(
      "href",
      `/campaigns/${draft.id}/edit`,
    );

    await userEvent.click(within(header).getByRole("button", { name: /启\s*动/ }));
    const confirm = await screen.findByRole("tooltip");
    expect(confirm).toHaveTextContent("现在向 120 位客户发送“冬季免费保养月”吗？");
    expect(confirm).toHaveTextContent("3 位已退订和 5 位无电话的客户不会收到消息");
    expect(posts).toEqual([]);
    await userEvent.click(within(confirm).getByRole("button", { name: /启\s*动/ }));
    expect(await screen.findByText("活动 MC-000001 已启动：120 条消息正在发送")).toBeInTheDocument();
    expect(posts).toEqual([{ path: `/api/v1/campaigns/${draft.id}/launch`, body: { version: 0 } }]);
    // The funnel takes the audience's place, with the sending's progress.
    expect(await screen.findByRole("progressbar", { name: "发送进度" })).toBeInTheDocument();
  });

  it("says the visit days are over when a launch comes too late", async () => {
    await i18n.changeLanguage("zh-CN");
    renderDetail([campaign()], {
      onPost: () =>
        json(
          problem({
            status: 409,
            type: "https://aftercare.dev/problems/campaign-dates-past",
            title: "Visit dates are past",
          }),
          409,
        ),
    });
    const header = await screen.findByRole("banner");
    await userEvent.click(await within(header).findByRole("button", { name: /启\s*动/ }));
    await userEvent.click(within(await screen.findByRole("tooltip")).getByRole("button", { name: /启\s*动/ }));
    expect(await screen.findByText("活动的可预约日期已过。")).toBeInTheDocument();
    expect(screen.getByText("请修改草稿，把最后预约日期改到今天之后，再启动。")).toBeInTheDocument();
  });

  it("follows the sending live every 3 seconds until nothing waits, with each step's conversion", async () => {
    await i18n.changeLanguage("zh-CN");
    const sending = launchedCampaign({
      funnel: campaignFunnel({ recipients: 128, messaged: 120, pending: 60, sent: 58, failed: 2, opened: 10 }),
    });
    const { reads } = renderDetail([sending, launchedCampaign()]);
    const funnel = await screen.findByRole("region", { name: "转化漏斗" });
    expect(within(funnel).getByRole("status")).toHaveTextContent("正在发送：已发出 60 / 120，60 条待发送");
    expect(within(funnel).getByRole("progressbar", { name: "发送进度" })).toHaveAttribute("aria-valuenow", "50");
    await waitFor(() => expect(reads()).toBe(2), { timeout: 6_000 });
    await waitFor(() => expect(within(funnel).queryByRole("progressbar")).toBeNull());

    const table = within(funnel).getByRole("table", { name: "各环节转化" });
    const row = (step: string) => within(table).getByText(step).closest("tr")!;
    expect(row("已生成消息")).toHaveTextContent("120—100%");
    expect(row("已发送")).toHaveTextContent("11898.3%98.3%");
    expect(row("已打开链接")).toHaveTextContent("3030%25%");
    expect(row("已预约上门")).toHaveTextContent("620%5%");
    expect(within(funnel).getByRole("img")).toHaveAccessibleName(/已预约上门 6 · 5%/);
    expect(funnel).toHaveTextContent("已退订3");
    // Once nothing waits, it is read no more.
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    expect(reads()).toBe(2);
  });

  it("lists the customers by stage and reads the next page on demand", async () => {
    await i18n.changeLanguage("zh-CN");
    const asked: URL[] = [];
    renderDetail([launchedCampaign()], {
      recipients: (url) => {
        asked.push(url);
        if (url.searchParams.get("cursor")) {
          return json({
            items: [campaignRecipient({ id: "r2", customerName: "张伟", stage: "OPENED", bookedAt: undefined })],
          });
        }
        return json({ items: [campaignRecipient()], nextCursor: "c1" });
      },
    });
    const customers = await screen.findByRole("region", { name: "客户" });
    const wang = (await within(customers).findByRole("link", { name: "王芳" })).closest("tr")!;
    expect(within(customers).getByRole("link", { name: "王芳" })).toHaveAttribute(
      "href",
      "/customers/0193a5c8-0000-7000-8000-0000000c0001",
    );
    expect(wang).toHaveTextContent("已预约");
    expect(wang).toHaveTextContent("SR-000031");
    expect(wang).toHaveTextContent("2026/12/11 09:00");
    await userEvent.click(within(customers).getByRole("button", { name: "加载更多" }));
    expect(await within(customers).findByRole("link", { name: "张伟" })).toBeInTheDocument();
    expect(asked.at(-1)!.searchParams.get("cursor")).toBe("c1");

    await chooseOption(within(customers).getByLabelText("进度"), "已预约");
    await waitFor(() => expect(asked.at(-1)!.searchParams.get("stage")).toBe("BOOKED"));
  });

  it("stops a launched campaign after a confirmation that says what stays", async () => {
    await i18n.changeLanguage("zh-CN");
    const running = launchedCampaign({ funnel: campaignFunnel({ messaged: 120, pending: 40, sent: 80, booked: 4 }) });
    const posts: string[] = [];
    renderDetail([running], {
      onPost: (path) => {
        posts.push(path);
        return json({ ...running, status: "CANCELLED", cancelledAt: "2026-12-07T05:00:00Z", version: 2 });
      },
    });
    const header = await screen.findByRole("banner");
    await waitFor(() => expect(buttonNames(header)).toEqual(["取消活动"]));
    await userEvent.click(within(header).getByRole("button", { name: "取消活动" }));
    const confirm = await screen.findByRole("tooltip");
    expect(confirm).toHaveTextContent("停止“冬季免费保养月”吗？已向 120 位客户发出。");
    expect(confirm).toHaveTextContent("尚未发出的 40 条消息将撤回，链接不再接受预约；已预约的 4 次上门保留。");
    await userEvent.click(within(confirm).getByRole("button", { name: "取消活动" }));
    expect(await screen.findByText("活动 MC-000001 已取消")).toBeInTheDocument();
    expect(posts).toEqual([`/api/v1/campaigns/${running.id}/cancel`]);
  });

  it("lets a dispatcher follow a campaign without changing it", async () => {
    await i18n.changeLanguage("zh-CN");
    renderDetail([campaign()], { roles: ["dispatcher"] });
    const header = await screen.findByRole("banner");
    await screen.findByRole("region", { name: "活动信息" });
    expect(buttonNames(header)).toEqual([]);
    expect(within(header).queryByRole("link", { name: /修\s*改/ })).toBeNull();
  });
});
