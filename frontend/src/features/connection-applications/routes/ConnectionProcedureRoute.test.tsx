import { screen, within } from "@testing-library/react";
import { RouterProvider, createMemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import type { Schema } from "@/lib/api/schema-types";
import { json, renderWithApi } from "@/test/render";
import { ConnectionProcedureRoute } from "./ConnectionProcedureRoute";

const days = (amount: number, unit: "WORKING_DAYS" | "CALENDAR_DAYS" | "MONTHS") => ({ amount, unit });

const procedure: Schema<"ConnectionProcedure"> = {
  company: "北区供电服务",
  enabled: true,
  planDeadlines: {
    RESIDENTIAL: days(5, "WORKING_DAYS"),
    LOW_VOLTAGE: days(10, "WORKING_DAYS"),
    HIGH_VOLTAGE_SINGLE: days(1, "MONTHS"),
    HIGH_VOLTAGE_DUAL: days(2, "MONTHS"),
  },
  planValidity: {
    RESIDENTIAL: days(3, "MONTHS"),
    LOW_VOLTAGE: days(3, "MONTHS"),
    HIGH_VOLTAGE_SINGLE: days(12, "MONTHS"),
    HIGH_VOLTAGE_DUAL: days(12, "MONTHS"),
  },
  reviewDeadlines: {
    RESIDENTIAL: days(10, "WORKING_DAYS"),
    LOW_VOLTAGE: days(10, "WORKING_DAYS"),
    HIGH_VOLTAGE_SINGLE: days(1, "MONTHS"),
    HIGH_VOLTAGE_DUAL: days(1, "MONTHS"),
  },
  extensionNoticeDays: 10,
  objectionMonths: 1,
  designCopies: 2,
  highVoltageDocuments: ["DESIGN_AND_DESCRIPTION", "LOAD_DISTRIBUTION"],
  lowVoltageDocuments: ["LOAD_COMPOSITION", "MAIN_EQUIPMENT_LIST"],
  fees: [{ item: "低压接电费", amount: "300.00", per: "户" }],
  note: "营业厅工作日 9:00–17:00 受理。",
};

describe("public connection procedure", { timeout: 60_000 }, () => {
  it("publishes deadlines by class, documents, fees and the note, with a sign-in to apply", async () => {
    await i18n.changeLanguage("zh-CN");
    const router = createMemoryRouter(
      [{ path: "/book/:tenantSlug/connection", element: <ConnectionProcedureRoute /> }],
      {
        initialEntries: ["/book/north/connection"],
      },
    );
    const { requests } = renderWithApi(<RouterProvider router={router} />, () => json(procedure));
    expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent("北区供电服务：报装接电办理指南");
    expect(new URL(requests[0]!.url).pathname).toBe("/api/v1/public/north/connection-procedure");
    const row = screen.getByRole("cell", { name: "低压电力" }).closest("tr")!;
    expect(
      within(row)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["低压电力", "10 个工作日", "3 个月", "10 个工作日"]);
    expect(screen.getByText("主要电气设备一览表")).toBeInTheDocument();
    expect(screen.getByText("¥300.00 / 户")).toBeInTheDocument();
    expect(screen.getByText("营业厅工作日 9:00–17:00 受理。")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /登录后申请/ })).toHaveAttribute("href", "/my-connection-applications");
  });
});
