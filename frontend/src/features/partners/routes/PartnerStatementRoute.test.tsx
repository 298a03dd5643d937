import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RouterProvider, createMemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import { me } from "@/test/fixtures";
import { PARTNER_ID, partnerStatement } from "@/test/fixtures-field-money";
import { json, renderWithApi } from "@/test/render";
import { PartnerStatementRoute } from "./PartnerStatementRoute";

function renderStatement(answer: (request: Request) => Response | Promise<Response>) {
  const statement = partnerStatement();
  const router = createMemoryRouter(
    [{ path: "/partners/:partnerId/statements/:statementId", element: <PartnerStatementRoute /> }],
    { initialEntries: [`/partners/${PARTNER_ID}/statements/${statement.id}`] },
  );
  return renderWithApi(<RouterProvider router={router} />, answer, me({ roles: ["manager"] }));
}

afterEach(() => vi.restoreAllMocks());

describe("a partner's statement", () => {
  it("shows gross, one delay day and one verified complaint with their 5 % deductions, and net", async () => {
    await i18n.changeLanguage("zh-CN");
    renderStatement(() => json(partnerStatement()));
    const summary = await screen.findByRole("region", { name: "结算汇总" });
    expect(summary).toHaveTextContent("安装费合计（2 台）¥100.00");
    expect(summary).toHaveTextContent("延误扣款（1 天 × 5%）−¥5.00");
    expect(summary).toHaveTextContent("投诉扣款（1 起 × 5%）−¥5.00");
    expect(summary).toHaveTextContent("应付净额¥90.00");
    const lines = screen.getByRole("table", { name: "结算明细" });
    expect(within(lines).getAllByRole("row")).toHaveLength(3);
    expect(screen.getByRole("button", { name: /确认结算单/ })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /标记为已付款/ })).not.toBeInTheDocument();
  });

  it("confirms the draft with its version", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderStatement((request) =>
      request.method === "POST"
        ? json(partnerStatement({ status: "CONFIRMED", version: 1 }))
        : json(partnerStatement()),
    );
    await userEvent.click(await screen.findByRole("button", { name: /确认结算单/ }));
    expect(await screen.findByRole("button", { name: /标记为已付款/ })).toBeInTheDocument();
    const post = requests.find((request) => request.method === "POST")!;
    expect(new URL(post.url).pathname).toBe(
      `/api/v1/partners/${PARTNER_ID}/statements/${partnerStatement().id}/confirm`,
    );
    expect(await post.json()).toEqual({ version: 0 });
  });

  it("downloads the XLSX with the bearer token and saves it under the statement's number", async () => {
    await i18n.changeLanguage("zh-CN");
    const created = vi.fn(() => "blob:statement");
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe("PS-000001.xlsx");
    });
    const { requests } = renderStatement((request) =>
      new URL(request.url).pathname.endsWith(".xlsx")
        ? new Response(new Blob(["PK"]), {
            headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
          })
        : json(partnerStatement()),
    );
    await userEvent.click(await screen.findByRole("button", { name: /下载 Excel/ }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const download = requests.find((request) => request.url.endsWith(".xlsx"))!;
    expect(download.headers.get("Authorization")).toBe("Bearer token");
    expect(created).toHaveBeenCalled();
  });
});
