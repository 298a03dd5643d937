import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RouterProvider, createMemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import type { Schema } from "@/lib/api/schema-types";
import { me } from "@/test/fixtures";
import { connectionApplication } from "@/test/fixtures-connection";
import { json, renderWithApi } from "@/test/render";
import { ConnectionApplicationDetailRoute } from "./ConnectionApplicationDetailRoute";

type Application = Schema<"ConnectionApplication">;

function renderDetail(initial: Application, onPost: (path: string, body: unknown) => Response) {
  let current = initial;
  const router = createMemoryRouter(
    [{ path: "/connection-applications/:applicationId", element: <ConnectionApplicationDetailRoute /> }],
    { initialEntries: [`/connection-applications/${initial.id}`] },
  );
  const sent: { path: string; body: unknown }[] = [];
  renderWithApi(
    <RouterProvider router={router} />,
    async (request) => {
      const path = new URL(request.url).pathname;
      if (request.method === "POST") {
        const body = await request.json();
        sent.push({ path, body });
        const answer = onPost(path, body);
        if (answer.ok) current = (await answer.clone().json()) as Application;
        return answer;
      }
      if (path.endsWith("/timeline")) {
        return json({
          items: [
            {
              at: "2026-12-07T09:00:00+08:00",
              kind: "applied",
              actor: "li.dispatcher",
              actorName: "李调度",
              details: { supplyClass: "LOW_VOLTAGE", capacityKva: "80.0" },
            },
          ],
        });
      }
      return json(current);
    },
    me({ roles: ["dispatcher"] }),
  );
  return { sent };
}

describe("connection application detail", { timeout: 90_000 }, () => {
  it("shows where the application stands and notifies the supply plan with the version", async () => {
    await i18n.changeLanguage("zh-CN");
    const applied = connectionApplication();
    const { sent } = renderDetail(applied, () =>
      json({
        ...applied,
        status: "PLAN_NOTIFIED",
        plan: {
          text: "低压 380V 供电",
          notifiedAt: "2026-12-08T10:00:00+08:00",
          validUntil: "2027-03-08",
          originalValidUntil: "2027-03-08",
          objectionUntil: "2027-01-08",
          extensionAskUntil: "2027-02-26",
          extensionLimit: "2027-06-08",
        },
        allowedActions: ["OBJECT_TO_PLAN", "EXTEND_PLAN", "SUBMIT_DESIGN", "CANCEL"],
        version: 1,
      }),
    );
    expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent("CA-000007 · 南京恒达机械厂");
    expect(screen.getByRole("region", { name: "办理进度" })).toHaveTextContent("供电方案");
    expect(screen.getByRole("region", { name: "申请信息" })).toHaveTextContent("低压电力");
    // Every required document is listed before any design comes in.
    expect(screen.getByRole("region", { name: "设计审核" })).toHaveTextContent("主要电气设备一览表");
    const timeline = await screen.findByRole("region", { name: "办理记录" });
    expect(timeline).toHaveTextContent("受理申请");
    expect(timeline).toHaveTextContent("类别：低压电力");
    expect(timeline).toHaveTextContent("李调度");
    expect(timeline).not.toHaveTextContent("li.dispatcher");

    await userEvent.click(screen.getByRole("button", { name: "答复供电方案" }));
    const form = await screen.findByRole("form", { name: "答复供电方案" });
    await userEvent.click(within(form).getByRole("button", { name: "答复供电方案" }));
    await waitFor(() =>
      expect(within(form).getByRole("textbox", { name: "供电方案" })).toHaveAccessibleDescription(/必填/),
    );
    expect(sent).toHaveLength(0);
    await userEvent.type(within(form).getByRole("textbox", { name: "供电方案" }), "低压 380V 供电");
    await userEvent.click(within(form).getByRole("button", { name: "答复供电方案" }));

    await waitFor(() => expect(screen.queryByRole("form", { name: "答复供电方案" })).not.toBeInTheDocument());
    expect(sent).toEqual([
      { path: `/api/v1/connection-applications/${applied.id}/plan`, body: { version: 0, plan: "低压 380V 供电" } },
    ]);
    const plan = screen.getByRole("region", { name: "供电方案" });
    expect(plan).toHaveTextContent("低压 380V 供电");
    expect(plan).toHaveTextContent("2027");
    expect(screen.getByRole("button", { name: "提交设计文件" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "答复供电方案" })).not.toBeInTheDocument();
  });

  it("asks for a finding on a failed checklist item before recording an inspection", async () => {
    await i18n.changeLanguage("zh-CN");
    const building = connectionApplication({
      status: "CONSTRUCTION",
      construction: {
        contractor: "OWN",
        crew: [{ id: "0193a5c8-0000-7000-8000-0000000a0001", name: "张师傅" }],
        feesPaidOn: "2026-12-10",
        startedOn: "2026-12-11",
      },
      allowedActions: ["RECORD_MATERIAL", "INSPECT_INTERMEDIATE", "CANCEL"],
      version: 5,
    });
    const { sent } = renderDetail(building, (_, body) =>
      json({
        ...building,
        inspections: [
          {
            id: "0193a5c8-0000-7000-8000-0000000e0001",
            stage: "INTERMEDIATE",
            result: "FAILED",
            designRevision: 1,
            checklist: (body as { checklist: Schema<"InspectionChecklistItem">[] }).checklist,
            findings: "接地电阻偏大",
            inspector: "李工",
            inspectedAt: "2026-12-12T10:00:00+08:00",
          },
        ],
        version: 6,
      }),
    );
    expect(await screen.findByRole("region", { name: "施工" })).toHaveTextContent("张师傅");
    await userEvent.click(screen.getByRole("button", { name: "中间检查" }));
    const form = await screen.findByRole("form", { name: "中间检查" });
    await userEvent.type(within(form).getByRole("textbox", { name: "检查人" }), "李工");
    await userEvent.click(within(form).getByRole("switch", { name: "检查项目 3 是否合格" }));
    await userEvent.click(within(form).getByRole("button", { name: "中间检查" }));
    await waitFor(() =>
      expect(within(form).getByRole("textbox", { name: "检查项目 3 的问题" })).toHaveAccessibleDescription(
        /请填写发现的问题/,
      ),
    );
    expect(sent).toHaveLength(0);
    await userEvent.type(within(form).getByRole("textbox", { name: "检查项目 3 的问题" }), "接地电阻偏大");
    await userEvent.click(within(form).getByRole("button", { name: "中间检查" }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      path: `/api/v1/connection-applications/${building.id}/inspections`,
      body: {
        version: 5,
        stage: "INTERMEDIATE",
        inspector: "李工",
        checklist: [
          { item: "隐蔽工程符合设计", passed: true },
          { item: "接线与审核图纸一致", passed: true },
          { item: "接地装置合格", passed: false, finding: "接地电阻偏大" },
        ],
      },
    });
    const inspections = await screen.findByRole("region", { name: "检查验收" });
    expect(inspections).toHaveTextContent("不合格");
    expect(inspections).toHaveTextContent("接地电阻偏大");
  });
});
