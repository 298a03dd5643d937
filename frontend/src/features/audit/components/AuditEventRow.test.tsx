import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import type { AuditEvent } from "../api/audit";
import { AuditEventRow } from "./AuditEventRow";

function event(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: "0193a5c8-0000-7000-8000-0000000000a1",
    occurredAt: "2026-03-05T06:07:00Z",
    actorId: "5f1e4c6a-0d2b-4b8e-9a3c-2e7d1f0a9b11",
    actorName: "wang.manager",
    action: "settings.updated",
    entityType: "settings",
    entityId: "7b0c1c52-8d6c-4f3e-9a51-4f8c1d2b9e10",
    requestId: "req-1",
    ...overrides,
  };
}

function renderRow(auditEvent: AuditEvent) {
  render(
    <table>
      <tbody>
        <AuditEventRow event={auditEvent} />
      </tbody>
    </table>,
  );
}

describe("AuditEventRow", () => {
  it("shows each changed value with its before and after, in the tenant's time zone", async () => {
    await i18n.changeLanguage("zh-CN");
    renderRow(
      event({
        before: { version: 3, discipline: { lateArrivalFine: "50.00", customerPraiseReward: "10.00" } },
        after: { version: 4, discipline: { lateArrivalFine: "60.00", customerPraiseReward: "10.00" } },
      }),
    );
    expect(screen.getByText("2026/03/05 14:07")).toBeInTheDocument();
    expect(screen.getByText("查看（2 项）")).toBeInTheDocument();
    const fine = screen.getByRole("row", { name: /^discipline\.lateArrivalFine/ });
    expect(within(fine).getAllByRole("cell").map((cell) => cell.textContent)).toEqual(["50.00", "60.00"]);
    expect(screen.queryByText("discipline.customerPraiseReward")).not.toBeInTheDocument();
    expect(screen.getByText("请求编号：req-1")).toBeInTheDocument();
  });

  it("shows the values of a created entity as new", async () => {
    await i18n.changeLanguage("en");
    renderRow(event({ action: "user.created", after: { username: "li.si", roles: ["installer"] } }));
    const roles = screen.getByRole("row", { name: /^roles/ });
    expect(within(roles).getAllByRole("cell").map((cell) => cell.textContent)).toEqual(["—", '["installer"]']);
  });

  it("says so when a write changed nothing visible", async () => {
    await i18n.changeLanguage("en");
    renderRow(event({ before: { name: "ERP" }, after: { name: "ERP" } }));
    expect(screen.getByText("No value changed")).toBeInTheDocument();
  });
});
