import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import { staffUser } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import type { AuditEvent } from "../api/audit";
import { AuditRoute } from "./AuditRoute";

const WANG = "5f1e4c6a-0d2b-4b8e-9a3c-2e7d1f0a9b11";

function event(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: "0193a5c8-0000-7000-8000-0000000000a1",
    occurredAt: "2026-03-05T06:07:00Z",
    actorId: WANG,
    actorName: "wang.manager",
    action: "settings.updated",
    entityType: "settings",
    entityId: "7b0c1c52-8d6c-4f3e-9a51-4f8c1d2b9e10",
    requestId: "req-1",
    ...overrides,
  };
}

function auditApi(events: AuditEvent[]) {
  return (request: Request) => {
    const url = new URL(request.url);
    if (url.pathname === "/api/v1/users") {
      return json({ items: [staffUser({ id: WANG, username: "wang.manager", firstName: "伟", lastName: "王" })] });
    }
    if (url.pathname === "/api/v1/audit-events") {
      const type = url.searchParams.get("entityType");
      return json({ items: events.filter((e) => !type || e.entityType === type) });
    }
    return json({}, 404);
  };
}

const page = (path = "/audit") => (
  <MemoryRouter initialEntries={[path]}>
    <AuditRoute />
  </MemoryRouter>
);

describe("AuditRoute", { timeout: 120_000 }, () => {
  it("says each action in words, names the person and shows the values before and after", async () => {
    await i18n.changeLanguage("zh-CN");
    renderWithApi(
      page(),
      auditApi([
        event({
          before: { version: 3, discipline: { lateArrivalFine: "50.00", customerPraiseReward: "10.00" } },
          after: { version: 4, discipline: { lateArrivalFine: "60.00", customerPraiseReward: "10.00" } },
        }),
        event({
          id: "0193a5c8-0000-7000-8000-0000000000a2",
          action: "work-order.checked-in-late",
          entityType: "work-order",
        }),
        event({
          id: "0193a5c8-0000-7000-8000-0000000000a3",
          action: "work-order.some-new-step",
          entityType: "work-order",
        }),
      ]),
    );
    const table = await screen.findByRole("table", { name: "操作日志" });
    const row = (await within(table).findByText("修改规则设置")).closest("tr")!;
    await waitFor(() => expect(within(row).getByText("王伟")).toBeInTheDocument());
    expect(within(row).getByText("2026/03/05 14:07")).toBeInTheDocument();
    expect(within(table).getByText("师傅迟到到场")).toBeInTheDocument();
    // An action the texts do not know yet names the record, never the key.
    expect(within(table).getByText("工单有修改")).toBeInTheDocument();
    expect(screen.queryByText(/settings\.updated|work-order\./)).not.toBeInTheDocument();

    await userEvent.click(within(row).getByRole("button", { name: /展开|expand/i }));
    const change = await screen.findByRole("table", { name: "修改规则设置的修改内容" });
    const fine = within(change).getByText("discipline.lateArrivalFine").closest("tr")!;
    expect(
      within(fine)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["discipline.lateArrivalFine", "50.00", "60.00"]);
    expect(within(change).queryByText("discipline.customerPraiseReward")).not.toBeInTheDocument();
    expect(screen.getByText("请求编号：req-1")).toBeInTheDocument();
  });

  it("filters by the record type chosen in the URL and says when nothing matches", async () => {
    await i18n.changeLanguage("en");
    const { requests } = renderWithApi(page("/audit?entityType=tenant"), auditApi([event()]));
    expect(await screen.findByText("No change matches these filters.")).toBeInTheDocument();
    expect(requests.some((request) => new URL(request.url).searchParams.get("entityType") === "tenant")).toBe(true);
  });

  it("says so when a write changed nothing visible", async () => {
    await i18n.changeLanguage("en");
    renderWithApi(page(), auditApi([event({ before: { name: "ERP" }, after: { name: "ERP" } })]));
    const row = (await screen.findByText("Rules and settings changed")).closest("tr")!;
    await userEvent.click(within(row).getByRole("button", { name: /expand/i }));
    expect(await screen.findByText("No value changed")).toBeInTheDocument();
  });
});
