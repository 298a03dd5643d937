import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RouterProvider, createMemoryRouter } from "react-router";
import { describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import type { Schema } from "@/lib/api/schema-types";
import { me, payrollRow, payrollSheet, problem } from "@/test/fixtures";
import { pickOption } from "@/test/pick-option";
import { json, renderWithApi } from "@/test/render";
import { PayrollRoute } from "./PayrollRoute";

const LI = "0193a5c8-0000-7000-8000-0000000a0001";

function person(): Schema<"PersonPayroll"> {
  return {
    month: "2026-03",
    locked: false,
    row: payrollRow(),
    lines: [
      {
        component: "BASE_SALARY",
        amount: "4500.00",
        sourceType: "INSTALLER",
        sourceId: LI,
        description: "基本工资",
        occurredOn: "2026-03-01",
      },
      {
        component: "FINE",
        amount: "50.00",
        sourceType: "DISCIPLINE_ENTRY",
        description: "DE-000042 迟到 45 分钟",
        occurredOn: "2026-03-05",
      },
      {
        component: "REWARD",
        amount: "10.00",
        sourceType: "DISCIPLINE_ENTRY",
        description: "客户表扬",
        occurredOn: "2026-03-04",
        correctionOf: "2026-02",
      },
    ],
  };
}

function renderPayroll(
  answer: (request: Request, url: URL) => Response | undefined,
  initial = "/payroll?month=2026-03",
) {
  const router = createMemoryRouter([{ path: "/payroll", element: <PayrollRoute /> }], { initialEntries: [initial] });
  return renderWithApi(
    <RouterProvider router={router} />,
    (request) => {
      const url = new URL(request.url);
      return answer(request, url) ?? json(payrollSheet());
    },
    me({ roles: ["manager"] }),
  );
}

describe("payroll", () => {
  it("shows one row per person with the totals, and drills into a person's lines with corrections marked", async () => {
    await i18n.changeLanguage("zh-CN");
    renderPayroll((_request, url) => (url.pathname.includes("/people/") ? json(person()) : undefined));
    const table = await screen.findByRole("table", { name: "2026-03 工资表" });
    const [header, row] = within(table).getAllByRole("row");
    expect(
      within(header!)
        .getAllByRole("columnheader")
        .map((cell) => cell.textContent),
    ).toEqual(["姓名", "基本工资", "补贴", "奖励", "罚款", "承担费用", "调整", "实发工资", "报销"]);
    expect(
      within(row!)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["¥4,500.00", "¥90.00", "¥10.00", "¥50.00", "¥0.00", "¥0.00", "¥4,550.00", "¥120.00"]);
    expect(within(table).getByText("合计").closest("tr")).toHaveTextContent("¥4,550.00");

    await userEvent.click(within(row!).getByRole("button", { name: "李师傅" }));
    const drill = await screen.findByRole("region", { name: "李师傅 · 2026-03" });
    const lines = within(drill).getByRole("table", { name: "工资明细" });
    const fine = within(lines).getByText("DE-000042 迟到 45 分钟").closest("tr")!;
    expect(fine).toHaveTextContent("罚款");
    expect(fine).toHaveTextContent("奖惩记录");
    expect(fine).toHaveTextContent("2026-03-05");
    expect(fine).toHaveTextContent("−¥50.00");
    expect(within(lines).getByText("更正 2026-02")).toBeInTheDocument();
    expect(within(lines).getByText("罚款小计").closest("tr")).toHaveTextContent("−¥50.00");
  });

  it("locks the month after a confirmation and then refuses adjustments in the form", async () => {
    await i18n.changeLanguage("zh-CN");
    const locked = payrollSheet({ locked: true, lockedAt: "2026-04-01T09:00:00+08:00", lockedBy: "wang.manager" });
    let isLocked = false;
    const { requests } = renderPayroll((request, url) => {
      if (request.method === "POST" && url.pathname.endsWith("/lock")) {
        isLocked = true;
        return json(locked);
      }
      return isLocked ? json(locked) : undefined;
    });
    await userEvent.click(await screen.findByRole("button", { name: /锁定本月/ }));
    const dialog = await screen.findByRole("dialog", { name: "锁定 2026-03 的工资表？" });
    await userEvent.click(within(dialog).getByRole("button", { name: "锁定 2026-03" }));
    expect(await screen.findByText("已锁定")).toBeInTheDocument();
    expect(
      requests.filter((request) => request.method === "POST").map((request) => new URL(request.url).pathname),
    ).toEqual(["/api/v1/payroll/2026-03/lock"]);
    const form = screen.getByRole("form", { name: "工资调整" });
    expect(within(form).getByRole("button", { name: "添加调整" })).toBeDisabled();
    expect(within(form).getByText("本月已锁定，请在下一个未锁定的月份调整。")).toBeInTheDocument();
  });

  it("shows the server's reason when an adjustment is refused because the month was locked meanwhile", async () => {
    await i18n.changeLanguage("zh-CN");
    renderPayroll((request, url) =>
      request.method === "POST" && url.pathname.endsWith("/adjustments")
        ? json(
            problem({
              status: 409,
              type: "https://aftercare.dev/problems/pay-month-locked",
              title: "Pay month locked",
              detail: "Pay month 2026-03 is locked; correct it in 2026-04.",
            }),
            409,
          )
        : undefined,
    );
    const form = await screen.findByRole("form", { name: "工资调整" });
    await pickOption(within(form).getByRole("combobox", { name: "人员" }), "李师傅");
    await userEvent.type(within(form).getByLabelText("金额"), "-20");
    await userEvent.type(within(form).getByLabelText("调整原因"), "二月多发");
    await userEvent.click(within(form).getByRole("button", { name: "添加调整" }));
    const alert = await within(form).findByRole("alert");
    expect(alert).toHaveTextContent("调整未被接受");
    expect(alert).toHaveTextContent("Pay month 2026-03 is locked; correct it in 2026-04.");
  });

  it("downloads the XLSX with the session's token", async () => {
    await i18n.changeLanguage("zh-CN");
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    const { requests } = renderPayroll((_request, url) =>
      url.pathname.endsWith("/export.xlsx")
        ? new Response(new Blob(["PK"]), {
            headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
          })
        : undefined,
    );
    await userEvent.click(await screen.findByRole("button", { name: /导出 XLSX/ }));
    await expect.poll(() => click.mock.calls.length).toBe(1);
    const download = requests.find((request) => request.url.endsWith("/api/v1/payroll/2026-03/export.xlsx"))!;
    expect(download.headers.get("Authorization")).toBe("Bearer token");
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe("payroll-2026-03.xlsx");
    click.mockRestore();
  });
});
