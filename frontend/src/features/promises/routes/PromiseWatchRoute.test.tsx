import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RouterProvider, createMemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import { me, promiseBreach, promiseWatchItem, servicePromise } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { chooseOption } from "@/test/select-option";
import { PromiseWatchRoute } from "./PromiseWatchRoute";

const REQUEST = "0193a5c8-0000-7000-8000-0000000e5001";
const ORDER = "0193a5c8-0000-7000-8000-0000000b0001";
const FOLLOW_UP = "0193a5c8-0000-7000-8000-0000000f7001";
const OBJECTION = "0193a5c8-0000-7000-8000-0000000f8001";

const watchList = [
  promiseWatchItem({
    subjectType: "SERVICE_REQUEST",
    subjectId: REQUEST,
    subjectNumber: "SR-000042",
    promise: servicePromise({ status: "AT_RISK", dueAt: "2026-03-05T12:00:00+08:00" }),
  }),
  promiseWatchItem({
    subjectType: "WORK_ORDER",
    subjectId: ORDER,
    subjectNumber: "WO-000042",
    promise: servicePromise({ status: "BREACHED", dueAt: "2026-03-04T12:00:00+08:00" }),
  }),
  promiseWatchItem({
    subjectType: "FOLLOW_UP",
    subjectId: FOLLOW_UP,
    subjectNumber: "FU-000042",
    customerName: "李强",
    promise: servicePromise({ kind: "FOLLOW_UP", status: "AT_RISK", dueAt: "2026-03-05T10:00:00+08:00" }),
  }),
  promiseWatchItem({
    subjectType: "OBJECTION",
    subjectId: OBJECTION,
    subjectNumber: "OB-000042",
    promise: servicePromise({ kind: "OBJECTION_COMMITMENT", status: "BREACHED", dueAt: "2026-03-04T18:00:00+08:00" }),
  }),
];

function renderWatch(roles: string[], initialEntry = "/promises") {
  let acknowledged = false;
  const router = createMemoryRouter([{ path: "/promises", element: <PromiseWatchRoute /> }], {
    initialEntries: [initialEntry],
  });
  const view = renderWithApi(
    <RouterProvider router={router} />,
    (request) => {
      const { pathname } = new URL(request.url);
      if (pathname === "/api/v1/promises/watch") return json({ items: watchList });
      if (pathname === "/api/v1/promise-breaches") {
        return json({ items: acknowledged ? [] : [promiseBreach()] });
      }
      if (request.method === "POST") {
        acknowledged = true;
        return json(promiseBreach({ acknowledgedAt: "2026-03-06T11:00:00+08:00", acknowledgedBy: "wang.manager" }));
      }
      return json({}, 404);
    },
    me({ roles }),
  );
  const paths = () =>
    view.requests.map((request) => `${request.method} ${new URL(request.url).pathname}${new URL(request.url).search}`);
  return { ...view, paths };
}

describe("promise watch page", () => {
  it("groups breached and at-risk promises, soonest due first, each linking to what it is kept on", async () => {
    await i18n.changeLanguage("zh-CN");
    const { paths } = renderWatch(["dispatcher"]);
    const breached = await screen.findByRole("region", { name: "已超时（2）" });
    expect(
      within(breached)
        .getAllByRole("link")
        .map((link) => [link.textContent, link.getAttribute("href")]),
    ).toEqual([
      ["WO-000042", `/work-orders/${ORDER}`],
      ["OB-000042", `/objections/${OBJECTION}`],
    ]);
    const atRisk = screen.getByRole("region", { name: "临期（2）" });
    expect(
      within(atRisk)
        .getAllByRole("link")
        .map((link) => [link.textContent, link.getAttribute("href")]),
    ).toEqual([
      ["FU-000042", `/follow-ups/${FOLLOW_UP}`],
      ["SR-000042", `/service-requests/${REQUEST}`],
    ]);
    expect(atRisk).toHaveTextContent("回访承诺");
    expect(atRisk).toHaveTextContent("李强");
    expect(paths()).toContain("GET /api/v1/promises/watch?status=BREACHED&status=AT_RISK");
    // Escalations are the managers' alone: a dispatcher neither sees nor asks for them.
    expect(screen.queryByRole("region", { name: "上报主管的超时事项" })).not.toBeInTheDocument();
    expect(paths().some((path) => path.includes("promise-breaches"))).toBe(false);
  });

  it("lists everything by due time, and one kind of subject only when asked", async () => {
    await i18n.changeLanguage("zh-CN");
    renderWatch(["manager"], "/promises?order=due");
    const list = await screen.findByRole("region", { name: "按到期时间" });
    expect(
      within(list)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual(["WO-000042", "OB-000042", "FU-000042", "SR-000042"]);
    await chooseOption(screen.getByRole("combobox", { name: "类别" }), "异议");
    expect(
      within(list)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual(["OB-000042"]);
  });

  it("shows a manager the unacknowledged escalations and acknowledges one", async () => {
    await i18n.changeLanguage("zh-CN");
    const { paths } = renderWatch(["manager"]);
    const escalations = await screen.findByRole("region", { name: "上报主管的超时事项" });
    const row = await within(escalations).findByRole("row", { name: /OB-000042/ });
    expect(within(row).getByRole("link", { name: "OB-000042" })).toHaveAttribute("href", `/objections/${OBJECTION}`);
    expect(row).toHaveTextContent("异议答复承诺");
    expect(row).toHaveTextContent("2026/03/06 10:01");
    await userEvent.click(within(row).getByRole("button", { name: "确认已知悉 OB-000042" }));
    expect(await within(escalations).findByText("没有待确认的超时事项")).toBeInTheDocument();
    expect(paths()).toContain(`POST /api/v1/promise-breaches/${promiseBreach().id}/acknowledge`);
    expect(paths()).toContain("GET /api/v1/promise-breaches?acknowledged=false&limit=50");
  });

  it("opens on the at-risk promises alone from the home page's link", async () => {
    await i18n.changeLanguage("zh-CN");
    const { paths } = renderWatch(["dispatcher"], "/promises?status=AT_RISK");
    const atRisk = await screen.findByRole("region", { name: "临期（2）" });
    expect(
      within(atRisk)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual(["FU-000042", "SR-000042"]);
    expect(screen.queryByRole("region", { name: /已超时/ })).not.toBeInTheDocument();
    expect(paths()).toContain("GET /api/v1/promises/watch?status=AT_RISK");
  });

  it("lists acknowledged escalations too once the manager asks for all", async () => {
    await i18n.changeLanguage("zh-CN");
    const { paths } = renderWatch(["manager"], "/promises?breaches=open");
    const escalations = await screen.findByRole("region", { name: "上报主管的超时事项" });
    const only = within(escalations).getByRole("checkbox", { name: "只看未确认的" });
    expect(only).toBeChecked();
    await userEvent.click(only);
    await expect.poll(() => paths()).toContain("GET /api/v1/promise-breaches?limit=50");
  });
});
