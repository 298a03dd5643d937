import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import { notification } from "@/test/fixtures-campaigns";
import { json, renderWithApi } from "@/test/render";
import { NotificationsRoute } from "./NotificationsRoute";

const DELIVERED = notification({ receipt: "DELIVERED", receiptAt: "2026-12-07T03:00:09Z" });
const UNDELIVERED = notification({
  id: "0193a5c8-0000-7000-8000-00000000cc02",
  recipient: "139-0000-2222",
  receipt: "UNDELIVERED",
  receiptAt: "2026-12-07T03:01:00Z",
});
const WITHDRAWN = notification({
  id: "0193a5c8-0000-7000-8000-00000000cc03",
  recipient: "137-0000-3333",
  status: "WITHDRAWN",
  sentAt: undefined,
});
const FAILED = notification({
  id: "0193a5c8-0000-7000-8000-00000000cc04",
  recipient: "136-0000-4444",
  status: "FAILED",
  attempts: 20,
  sentAt: undefined,
  lastError: "gateway answered 500",
});

function renderOutbox(search = "") {
  return renderWithApi(
    <MemoryRouter initialEntries={[`/notifications${search}`]}>
      <NotificationsRoute />
    </MemoryRouter>,
    (request) =>
      request.method === "POST"
        ? json({ ...FAILED, status: "PENDING" })
        : json({ items: [DELIVERED, UNDELIVERED, WITHDRAWN, FAILED] }),
  );
}

const rowOf = (table: HTMLElement, phone: string) => within(table).getByRole("link", { name: phone }).closest("tr")!;

// antd renders slowly in jsdom on a busy machine.
describe("the messages sent", { timeout: 120_000 }, () => {
  it("shows each message's state, the withdrawn ones and the phone's delivery receipt", async () => {
    await i18n.changeLanguage("zh-CN");
    renderOutbox();
    const table = await screen.findByRole("table", { name: "消息记录" });
    await within(table).findByRole("link", { name: "138-1234-5678" });
    const delivered = rowOf(table, "138-1234-5678");
    expect(delivered).toHaveTextContent("已发送");
    expect(delivered).toHaveTextContent("已送达2026/12/07 11:00");
    expect(delivered).toHaveTextContent("短信 · 客户");
    expect(rowOf(table, "139-0000-2222")).toHaveTextContent("未送达");
    const withdrawn = rowOf(table, "137-0000-3333");
    expect(withdrawn).toHaveTextContent("已撤回");
    expect(within(withdrawn).queryByRole("button", { name: /重新发送/ })).toBeNull();
    expect(rowOf(table, "136-0000-4444")).toHaveTextContent("已尝试 20 次");
  });

  it("sends a failed message again", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderOutbox();
    await userEvent.click(await screen.findByRole("button", { name: "重新发送给 136-0000-4444 的消息" }));
    expect(await screen.findByText("发给 136-0000-4444 的消息将重新发送")).toBeInTheDocument();
    const post = requests.find((request) => request.method === "POST")!;
    expect(new URL(post.url).pathname).toBe(`/api/v1/notifications/${FAILED.id}/retry`);
  });

  it("filters by status through the URL", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderOutbox("?status=WITHDRAWN&channel=SMS");
    await screen.findByRole("table", { name: "消息记录" });
    await waitFor(() => expect(requests.length).toBeGreaterThan(0));
    const query = new URL(requests[0]!.url).searchParams;
    expect(query.get("status")).toBe("WITHDRAWN");
    expect(query.get("channel")).toBe("SMS");
  });
});
