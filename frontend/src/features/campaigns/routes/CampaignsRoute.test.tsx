import { screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import { me } from "@/test/fixtures";
import { campaign, campaignFunnel, launchedCampaign } from "@/test/fixtures-campaigns";
import { json, renderWithApi } from "@/test/render";
import { CampaignsRoute } from "./CampaignsRoute";

const SENDING = launchedCampaign({
  id: "0193a5c8-0000-7000-8000-00000000ca02",
  number: "MC-000002",
  name: "新装回访",
  kind: "RECENT_INSTALLATIONS",
  funnel: campaignFunnel({ recipients: 200, messaged: 200, pending: 150, sent: 48, failed: 2, booked: 1 }),
});

function renderList(roles: string[], search = "") {
  return renderWithApi(
    <MemoryRouter initialEntries={[`/campaigns${search}`]}>
      <CampaignsRoute />
    </MemoryRouter>,
    () =>
      json({
        items: [
          SENDING,
          launchedCampaign({ id: "0193a5c8-0000-7000-8000-00000000ca03", number: "MC-000003" }),
          campaign(),
        ],
      }),
    me({ roles }),
  );
}

// antd renders slowly in jsdom on a busy machine.
describe("the campaign list", { timeout: 120_000 }, () => {
  it("shows each campaign's state, the sending's progress and booked visits per customer messaged", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderList(["manager"]);
    const table = await screen.findByRole("table", { name: "预约维护活动" });
    const sending = (await within(table).findByRole("link", { name: "MC-000002" })).closest("tr")!;
    expect(within(table).getByRole("link", { name: "MC-000002" })).toHaveAttribute("href", `/campaigns/${SENDING.id}`);
    expect(sending).toHaveTextContent("新装回访");
    expect(sending).toHaveTextContent("已启动");
    expect(within(sending).getByRole("progressbar", { name: "新装回访 发送进度" })).toHaveAttribute(
      "aria-valuenow",
      "25",
    );
    expect(sending).toHaveTextContent("1 / 200 · 0.5%");
    const done = within(table).getByRole("link", { name: "MC-000003" }).closest("tr")!;
    expect(done).toHaveTextContent("已发送 118 / 120");
    expect(done).toHaveTextContent("6 / 120 · 5%");
    const draft = within(table).getByRole("link", { name: "MC-000001" }).closest("tr")!;
    expect(draft).toHaveTextContent("草稿");
    expect(new URL(requests[0]!.url).pathname).toBe("/api/v1/campaigns");
  });

  it("offers a new campaign to managers only", async () => {
    await i18n.changeLanguage("zh-CN");
    renderList(["manager"]);
    expect(await screen.findByRole("link", { name: /新建活动/ })).toHaveAttribute("href", "/campaigns/new");
  });

  it("lets a dispatcher follow the campaigns without starting one", async () => {
    await i18n.changeLanguage("zh-CN");
    renderList(["dispatcher"]);
    await screen.findByRole("link", { name: "MC-000002" });
    expect(screen.queryByRole("link", { name: /新建活动/ })).toBeNull();
  });

  it("filters by status through the URL", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderList(["manager"], "?status=LAUNCHED");
    await screen.findByRole("link", { name: "MC-000002" });
    expect(new URL(requests[0]!.url).searchParams.get("status")).toBe("LAUNCHED");
  });
});
