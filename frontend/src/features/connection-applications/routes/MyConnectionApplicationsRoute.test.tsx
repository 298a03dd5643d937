import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import type { Schema } from "@/lib/api/schema-types";
import { me } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { MyConnectionApplicationsRoute } from "./MyConnectionApplicationsRoute";

const notified: Schema<"MyConnectionApplication"> = {
  number: "CA-000007",
  status: "PLAN_NOTIFIED",
  kind: "NEW_CONNECTION",
  supplyClass: "RESIDENTIAL",
  capacityKva: "8.0",
  siteAddress: "江苏省南京市江宁区天元中路 8 号",
  plan: {
    text: "低压 220V 供电，容量 8kVA。",
    notifiedAt: "2026-12-08T10:00:00+08:00",
    validUntil: "2027-03-08",
    originalValidUntil: "2027-03-08",
    objectionUntil: "2027-01-08",
  },
  requiredDocuments: ["LOAD_COMPOSITION", "MAIN_EQUIPMENT_LIST"],
  timeline: [
    { at: "2026-12-07T09:00:00+08:00", kind: "applied", actor: "zhou.ting", details: {} },
    { at: "2026-12-08T10:00:00+08:00", kind: "plan-notified", actor: "li.dispatcher", details: {} },
  ],
  allowedActions: ["OBJECT_TO_PLAN", "EXTEND_PLAN"],
  createdAt: "2026-12-07T09:00:00+08:00",
  version: 1,
};

describe("my connection applications", { timeout: 60_000 }, () => {
  it("shows the plan and its history, and sends an objection with the version", async () => {
    await i18n.changeLanguage("zh-CN");
    const sent: { path: string; body: unknown }[] = [];
    renderWithApi(
      <MyConnectionApplicationsRoute />,
      async (request) => {
        const path = new URL(request.url).pathname;
        if (request.method === "POST") {
          sent.push({ path, body: await request.json() });
          return json({ ...notified, status: "APPLIED", allowedActions: [], version: 2 });
        }
        if (path === "/api/v1/my/profile") return json({ addresses: [] });
        return json({ items: [notified] });
      },
      me({ roles: ["customer"] }),
    );
    expect(await screen.findByText("低压 220V 供电，容量 8kVA。")).toBeInTheDocument();
    expect(screen.getByText("已答复供电方案")).toBeInTheDocument();
    expect(screen.getByText("答复供电方案")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "对方案提出异议" }));
    const dialog = await screen.findByRole("dialog");
    await userEvent.type(within(dialog).getByRole("textbox", { name: "异议内容" }), "希望改为三相供电");
    await userEvent.click(within(dialog).getByRole("button", { name: /保\s*存/ }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      path: "/api/v1/my/connection-applications/CA-000007/plan-objection",
      body: { version: 1, reason: "希望改为三相供电" },
    });
  });
});
