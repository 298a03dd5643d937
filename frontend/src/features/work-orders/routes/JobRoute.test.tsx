import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp } from "antd";
import { RouterProvider, createMemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { DesignSystem } from "@/app/design/DesignSystem";
import i18n from "@/i18n";
import { ApiClientContext, createApiClient } from "@/lib/api/client";
import type { Schema } from "@/lib/api/schema-types";
import { CurrentUserContext } from "@/lib/current-user";
import { createQueryClient } from "@/lib/query-client";
import { me, problem, timelineEntry, workOrder } from "@/test/fixtures";
import { json } from "@/test/render";
import { JobRoute } from "./JobRoute";

const installerMe = me({
  userId: "0193a5c8-0000-7000-8000-0000000a0001",
  username: "li",
  displayName: "李师傅",
  roles: ["installer"],
});

const JOB: Schema<"JobFacts"> = {
  customerPhone: "138-1234-5678",
  site: { address: "杭州市西湖区文三路 90 号", latitude: 30.28, longitude: 120.13 },
  safetyChecks: [
    { key: "powerOffBeforeWork", onlyWhenHazardsFound: false },
    { key: "electricalSafetyChecked", onlyWhenHazardsFound: false },
    { key: "trialRunLeakChecked", onlyWhenHazardsFound: false },
    { key: "hazardsFound", onlyWhenHazardsFound: false },
    { key: "hazardsReportedToCustomer", onlyWhenHazardsFound: true },
  ],
};

function renderJob(
  order: Schema<"WorkOrder">,
  answerPost: (request: Request) => Response | Promise<Response>,
  { job = JOB, caller = installerMe }: { job?: Schema<"JobFacts">; caller?: Schema<"Me"> } = {},
) {
  const requests: Request[] = [];
  let current = order;
  const api = createApiClient({
    baseUrl: "http://app.test",
    accessToken: async () => "token",
    onUnauthorized: () => {},
    fetch: async (request) => {
      requests.push(request.clone());
      if (new URL(request.url).pathname === "/api/v1/attachments") return json({ items: [] });
      if (request.method === "GET") return json({ order: current, timeline: [timelineEntry()], job });
      const response = await answerPost(request);
      if (response.ok) current = (await response.clone().json()) as Schema<"WorkOrder">;
      return response;
    },
  });
  const router = createMemoryRouter([{ path: "/jobs/:workOrderId", element: <JobRoute /> }], {
    initialEntries: [`/jobs/${order.id}`],
  });
  render(
    <DesignSystem>
      <AntApp>
        <ApiClientContext.Provider value={api}>
          <QueryClientProvider client={createQueryClient()}>
            <CurrentUserContext.Provider value={caller}>
              <RouterProvider router={router} />
            </CurrentUserContext.Provider>
          </QueryClientProvider>
        </ApiClientContext.Provider>
      </AntApp>
    </DesignSystem>,
  );
  return { requests };
}

const onSite = workOrder({
  status: "ON_SITE",
  type: "INSTALLATION",
  tasks: { electricalWork: true, welding: false, workAtHeight: false },
  allowedNextStates: ["PAUSED", "WORK_DONE"],
  leadInstallerId: installerMe.userId,
  version: 6,
});

describe("the installer's job page", () => {
  it("gives the customer's phone as a tap-to-call link and the address with a link into the tenant's map app", async () => {
    await i18n.changeLanguage("zh-CN");
    const caller = me({
      ...installerMe,
      tenant: {
        ...installerMe.tenant!,
        mapUrlTemplate: "https://uri.amap.com/marker?position={lng},{lat}&name={address}",
      },
    });
    renderJob(workOrder({ status: "ASSIGNED", allowedNextStates: ["CUSTOMER_CONTACTED"] }), () => json({}), { caller });

    const call = await screen.findByRole("link", { name: "拨打 王芳 的电话 138-1234-5678" });
    expect(call).toHaveAttribute("href", "tel:13812345678");
    const navigate = screen.getByRole("link", { name: "导航前往 杭州市西湖区文三路 90 号" });
    expect(navigate).toHaveAttribute(
      "href",
      `https://uri.amap.com/marker?position=120.13,30.28&name=${encodeURIComponent("杭州市西湖区文三路 90 号")}`,
    );
    expect(navigate).toHaveAttribute("target", "_blank");
  });

  it("lists what to bring, the certificates the job needs and every safety check that applies", async () => {
    await i18n.changeLanguage("zh-CN");
    const job: Schema<"JobFacts"> = {
      ...JOB,
      safetyChecks: [
        { key: "powerOffBeforeWork", onlyWhenHazardsFound: false },
        { key: "electricalSafetyChecked", onlyWhenHazardsFound: false },
        { key: "flammableGasChecked", onlyWhenHazardsFound: false },
        { key: "trialRunLeakChecked", onlyWhenHazardsFound: false },
        { key: "hazardsFound", onlyWhenHazardsFound: false },
        { key: "hazardsReportedToCustomer", onlyWhenHazardsFound: true },
      ],
    };
    renderJob(
      workOrder({
        status: "ASSIGNED",
        requiredQualifications: ["ELECTRICIAN", "WELDING"],
        itemsToBring: [{ name: "铜管 5 米", quantity: 2 }],
      }),
      () => json({}),
      { job },
    );
    const bring = await screen.findByRole("region", { name: "携带物品与资质" });
    expect(within(within(bring).getByRole("list", { name: "需携带物品" })).getByRole("listitem")).toHaveTextContent(
      "铜管 5 米 × 2",
    );
    expect(
      within(within(bring).getByRole("list", { name: "所需资质" }))
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["电工证", "焊工操作证"]);
    const safety = within(screen.getByRole("region", { name: "安全检查" })).getByRole("list", { name: "安全检查" });
    expect(
      within(safety)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      "作业前断电，不带电作业",
      "接线完成后做电气安全检查",
      "动火焊接前检查周围无可燃气体",
      "完工后试运行，并检查有无泄漏",
      "检查客户供电线路有无隐患",
      "发现隐患时当面告知客户",
    ]);
  });

  it("says so when the order has no phone or address, rather than showing an empty link", async () => {
    await i18n.changeLanguage("en");
    renderJob(workOrder({ status: "ASSIGNED" }), () => json({}), { job: { safetyChecks: JOB.safetyChecks } });
    expect(await screen.findByText("No phone number for the customer; ask the dispatcher.")).toBeInTheDocument();
    expect(screen.getByText("The order names no address; ask the dispatcher.")).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: /Call|Navigate/ })).not.toBeInTheDocument();
  });

  it("offers an assigned installer the customer contact only, never the office's actions", async () => {
    await i18n.changeLanguage("zh-CN");
    const assigned = workOrder({
      status: "ASSIGNED",
      allowedNextStates: ["ASSIGNED", "CUSTOMER_CONTACTED", "CANCELLED"],
    });
    const { requests } = renderJob(assigned, async (request) => {
      const body = (await request.json()) as { version: number; note: string };
      return json(
        workOrder({
          ...assigned,
          status: "CUSTOMER_CONTACTED",
          contactNote: body.note,
          allowedNextStates: ["ASSIGNED", "EN_ROUTE", "CANCELLED"],
          version: 1,
        }),
      );
    });
    const contact = await screen.findByRole("form", { name: "联系客户" });
    expect(screen.queryByRole("button", { name: /取消工单|改派/ })).not.toBeInTheDocument();
    expect(screen.getByText("铜管 5 米")).toBeInTheDocument();

    await userEvent.type(within(contact).getByLabelText("与客户确认的内容"), "地址已确认，下午在家");
    await userEvent.click(within(contact).getByRole("button", { name: "已联系客户" }));

    expect(await screen.findByRole("button", { name: "出发" })).toBeInTheDocument();
    const post = requests.find((request) => request.method === "POST")!;
    expect(new URL(post.url).pathname).toBe(`/api/v1/work-orders/${assigned.id}/contact`);
    expect(await post.json()).toEqual({ version: 0, note: "地址已确认，下午在家" });
  });

  it("shows only the safety checks that apply, and asks about reporting hazards once some were found", async () => {
    await i18n.changeLanguage("zh-CN");
    renderJob(onSite, () => json(onSite));
    const form = await screen.findByRole("form", { name: "完工登记" });
    const checks = within(form)
      .getAllByRole("checkbox")
      .map((box) => box.closest("label")!.textContent);
    expect(checks).toEqual(["作业前已断电（不带电作业）", "接线后已做电气安全检查", "已试运行并检查无泄漏"]);
    expect(within(form).queryByText("已检查周围无可燃气体")).not.toBeInTheDocument();

    await userEvent.click(within(form).getByRole("radio", { name: "是" }));
    expect(within(form).getByRole("checkbox", { name: "已将隐患告知客户" })).toBeInTheDocument();
    await userEvent.click(within(form).getByRole("radio", { name: "否" }));
    expect(within(form).queryByRole("checkbox", { name: "已将隐患告知客户" })).not.toBeInTheDocument();
  });

  it("marks what the form misses before sending, and the server's 422 items at their fields", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderJob(onSite, () =>
      json(
        problem({
          status: 422,
          type: "https://aftercare.dev/problems/incomplete-service-report",
          title: "Incomplete service report",
          detail: "2 required items are missing; the attempt was recorded.",
          errors: [
            { field: "checklist.trialRunLeakChecked", message: "a trial run with leak check is required" },
            { field: "report.customerOpinion", message: "is required" },
          ],
        }),
        422,
      ),
    );
    const form = await screen.findByRole("form", { name: "完工登记" });
    await userEvent.click(within(form).getByRole("button", { name: "提交完工" }));
    await waitFor(() => expect(within(form).getByLabelText("故障原因")).toHaveAccessibleDescription("必填"));
    expect(within(form).getByRole("checkbox", { name: "作业前已断电（不带电作业）" })).toHaveAccessibleDescription(
      "此项安全检查必须完成",
    );
    expect(requests.filter((request) => request.method === "POST")).toEqual([]);

    await userEvent.click(within(form).getByRole("checkbox", { name: "作业前已断电（不带电作业）" }));
    await userEvent.click(within(form).getByRole("checkbox", { name: "接线后已做电气安全检查" }));
    await userEvent.click(within(form).getByRole("checkbox", { name: "已试运行并检查无泄漏" }));
    await userEvent.click(within(form).getByRole("radio", { name: "否" }));
    await userEvent.type(within(form).getByLabelText("故障原因"), "新装");
    await userEvent.type(within(form).getByLabelText("处理方法"), "安装调试");
    await userEvent.click(within(form).getByRole("button", { name: /添加更换的配件/ }));
    await userEvent.type(within(form).getByLabelText("配件 1 名称"), "膨胀螺栓");
    await userEvent.clear(within(form).getByLabelText("配件 1 数量"));
    await userEvent.type(within(form).getByLabelText("配件 1 数量"), "4");
    await userEvent.type(within(form).getByLabelText("客户意见"), "好");
    await userEvent.click(within(form).getByRole("button", { name: "提交完工" }));

    // The server's English field messages are not shown to a Chinese reader: the field is marked in Chinese.
    await waitFor(() => expect(within(form).getByLabelText("客户意见")).toHaveAccessibleDescription("此项填写有误。"));
    expect(within(form).getByRole("checkbox", { name: "已试运行并检查无泄漏" })).toHaveAccessibleDescription(
      "此项填写有误。",
    );
    expect(within(form).getByRole("alert")).toHaveTextContent("服务报告不完整。请补全标出的必填项");
    const post = requests.find((request) => request.method === "POST")!;
    expect(await post.json()).toEqual({
      version: 6,
      checklist: {
        powerOffBeforeWork: true,
        electricalSafetyChecked: true,
        trialRunLeakChecked: true,
        hazardsFound: false,
      },
      report: {
        faultCause: "新装",
        solution: "安装调试",
        partsReplaced: [{ name: "膨胀螺栓", quantity: 4 }],
        customerOpinion: "好",
      },
    });
  }, 90_000);

  it("needs the customer informed before leaving the site", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderJob(onSite, () => json(onSite));
    await screen.findByRole("form", { name: "完工登记" });
    await userEvent.click(screen.getByRole("button", { name: /需要暂时离开现场？/ }));
    const pause = screen.getByRole("form", { name: "暂离现场" });
    await userEvent.type(within(pause).getByLabelText("暂离原因"), "回仓库取配件");
    await userEvent.click(within(pause).getByRole("button", { name: "确认暂离现场" }));
    await waitFor(() =>
      expect(within(pause).getByRole("checkbox", { name: "已告知客户" })).toHaveAccessibleDescription(
        "离开现场前须告知客户",
      ),
    );
    expect(requests.filter((request) => request.method === "POST")).toEqual([]);
  });

  it("says the field work is done once reported in", async () => {
    await i18n.changeLanguage("zh-CN");
    renderJob(workOrder({ status: "REPORTED_IN", allowedNextStates: ["FILED"] }), () => json({}));
    expect(await screen.findByText("此工单的现场工作已完成。")).toBeInTheDocument();
  });
});
