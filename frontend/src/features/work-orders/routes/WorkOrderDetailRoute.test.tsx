import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp } from "antd";
import { RouterProvider, createMemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DesignSystem } from "@/app/design/DesignSystem";
import i18n from "@/i18n";
import { ApiClientContext, createApiClient } from "@/lib/api/client";
import type { Schema } from "@/lib/api/schema-types";
import { CurrentUserContext } from "@/lib/current-user";
import { createQueryClient } from "@/lib/query-client";
import { chooseOption } from "@/test/select-option";
import { installer, me, problem, servicePromise, timelineEntry, workOrder } from "@/test/fixtures";
import { json } from "@/test/render";
import { WorkOrderDetailRoute } from "./WorkOrderDetailRoute";

const LI = "0193a5c8-0000-7000-8000-0000000a0001";

function renderDetail(
  initial: Schema<"WorkOrder">,
  onPost: (request: Request) => Response,
  entitlement?: Schema<"Entitlement">,
) {
  let current = initial;
  const requests: Request[] = [];
  const api = createApiClient({
    baseUrl: "http://app.test",
    accessToken: async () => "token",
    onUnauthorized: () => {},
    fetch: async (request) => {
      requests.push(request.clone());
      const { pathname } = new URL(request.url);
      if (pathname === "/api/v1/installers") return json({ items: [installer({ id: LI, displayName: "李师傅" })] });
      if (pathname === "/api/v1/work-orders") return json({ items: [current] });
      if (pathname === "/api/v1/attachments") return json({ items: [] });
      if (pathname.endsWith("/service-report")) {
        return new Response(new Blob(["%PDF-1.7"]), {
          headers: {
            "Content-Type": "application/pdf",
            "Content-Disposition": `attachment; filename="service-report-${current.number}.pdf"`,
          },
        });
      }
      if (request.method === "GET") {
        return json({
          order: current,
          job: { customerPhone: "138-1234-5678", site: { address: "杭州市西湖区文三路 90 号" }, safetyChecks: [] },
          ...(entitlement ? { entitlement } : {}),
          timeline: [
            timelineEntry({ actorDisplayName: "王经理" }),
            timelineEntry({
              id: "0193a5c8-0000-7000-8000-0000000e0002",
              action: "assigned",
              actorDisplayName: "王经理",
              fromStatus: "NEW",
              toStatus: "ASSIGNED",
              details: { leadInstallerId: LI, helperIds: [], reassigned: false },
            }),
          ],
        });
      }
      return onPost(request);
    },
  });
  const router = createMemoryRouter([{ path: "/work-orders/:workOrderId", element: <WorkOrderDetailRoute /> }], {
    initialEntries: [`/work-orders/${initial.id}`],
  });
  render(
    <DesignSystem>
      <AntApp>
        <ApiClientContext.Provider value={api}>
          <QueryClientProvider client={createQueryClient()}>
            <CurrentUserContext.Provider value={me({ roles: ["dispatcher"] })}>
              <RouterProvider router={router} />
            </CurrentUserContext.Provider>
          </QueryClientProvider>
        </ApiClientContext.Provider>
      </AntApp>
    </DesignSystem>,
  );
  return {
    requests,
    change: (order: Schema<"WorkOrder">) => {
      current = order;
    },
  };
}

afterEach(() => vi.restoreAllMocks());

describe("work order detail", () => {
  it("shows the fields, the crew by name, the timeline and only the actions the order allows", async () => {
    await i18n.changeLanguage("zh-CN");
    renderDetail(
      workOrder({
        status: "ASSIGNED",
        leadInstallerId: LI,
        allowedNextStates: ["ASSIGNED", "CUSTOMER_CONTACTED", "CANCELLED"],
      }),
      () => json({}),
    );
    const actions = await screen.findByRole("region", { name: "可执行的操作" });
    expect(
      within(actions)
        .getAllByRole("button")
        .map((button) => button.textContent),
    ).toEqual(["联系客户", "改派", "改约", "取消工单"]);
    expect(screen.getByRole("link", { name: /登记异议/ })).toHaveAttribute(
      "href",
      "/objections/new?customerId=0193a5c8-0000-7000-8000-0000000c0001&workOrderId=0193a5c8-0000-7000-8000-0000000b0001",
    );
    const facts = screen.getByRole("region", { name: "工单信息" });
    await waitFor(() => expect(facts).toHaveTextContent("李师傅"));
    // The site as its address and the customer's phone to call; no id anywhere.
    expect(facts).toHaveTextContent("杭州市西湖区文三路 90 号");
    expect(within(facts).getByRole("link", { name: "138-1234-5678" })).toHaveAttribute("href", "tel:13812345678");
    expect(facts).not.toHaveTextContent(/[0-9a-f]{8}-|[0-9a-f]{8}…/);
    expect(facts).toHaveTextContent("2026/03/05 09:00–11:00");
    expect(facts).toHaveTextContent("电工证");
    expect(facts).toHaveTextContent("铜管 5 米 × 2");
    const timeline = screen.getByRole("region", { name: "时间线" });
    expect(timeline).toHaveTextContent("派工");
    expect(timeline).toHaveTextContent("负责人：李师傅");
    // Who acted, by name, never by login.
    expect(timeline).toHaveTextContent("王经理");
    expect(timeline).not.toHaveTextContent("wang.manager");
  });

  it("explains an order that changed meanwhile and reloads it", async () => {
    await i18n.changeLanguage("zh-CN");
    const reported = workOrder({ status: "REPORTED_IN", allowedNextStates: ["FILED"], version: 8 });
    const { change } = renderDetail(reported, () =>
      json(
        problem({
          status: 409,
          type: "https://aftercare.dev/problems/illegal-transition",
          title: "Illegal transition",
          detail: "Work order WO-000042 is FILED and cannot become FILED. Allowed next states: CLOSED.",
        }),
        409,
      ),
    );
    await userEvent.click(await screen.findByRole("button", { name: "归档" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("这张工单刚被更新过");
    expect(alert).toHaveTextContent("Allowed next states: CLOSED.");

    change(workOrder({ ...reported, status: "FILED", allowedNextStates: ["CLOSED"], version: 9 }));
    await userEvent.click(within(alert).getByRole("button", { name: "重新加载" }));
    expect(await screen.findByRole("button", { name: "关闭工单" })).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("closes a filed order only with the reason its follow-up call is skipped", async () => {
    await i18n.changeLanguage("zh-CN");
    const filed = workOrder({ status: "FILED", leadInstallerId: LI, allowedNextStates: ["CLOSED"], version: 8 });
    const sent: { path: string; body: unknown }[] = [];
    renderDetail(filed, (request) => {
      const path = new URL(request.url).pathname;
      void request.json().then((body) => sent.push({ path, body }));
      return json({ ...filed, status: "CLOSED", version: 9 });
    });
    await userEvent.click(await screen.findByRole("button", { name: "关闭工单" }));
    const form = screen.getByRole("form", { name: "关闭工单" });
    await userEvent.click(within(form).getByRole("button", { name: "不回访，直接结单" }));
    await expect
      .poll(() => within(form).getByRole("textbox", { name: "不做回访直接结单的原因" }))
      .toHaveAccessibleDescription("必填");
    expect(sent).toEqual([]);
    await userEvent.type(within(form).getByRole("textbox", { name: "不做回访直接结单的原因" }), "客户明确拒绝回访");
    await userEvent.click(within(form).getByRole("button", { name: "不回访，直接结单" }));
    await expect.poll(() => sent.length).toBe(1);
    expect(sent[0]).toEqual({
      path: `/api/v1/work-orders/${filed.id}/close`,
      body: { version: 8, followUpSkippedReason: "客户明确拒绝回访" },
    });
  });

  it("lets office staff pause the on-site promise with a reason, and resume it", async () => {
    await i18n.changeLanguage("zh-CN");
    const running = workOrder({
      status: "ASSIGNED",
      leadInstallerId: LI,
      promise: servicePromise({ status: "AT_RISK" }),
      version: 4,
    });
    const paused = {
      ...running,
      promise: servicePromise({
        status: "PAUSED",
        pausedAt: "2026-03-04T17:00:00+08:00",
        pauseReason: "WAITING_FOR_PARTS" as const,
      }),
      version: 5,
    };
    const sent: { path: string; body: unknown }[] = [];
    const { change } = renderDetail(running, (request) => {
      const path = new URL(request.url).pathname;
      void request.json().then((body) => sent.push({ path, body }));
      return json(path.endsWith("/promise/pause") ? paused : { ...running, version: 6 });
    });
    const facts = await screen.findByRole("region", { name: "工单信息" });
    expect(facts).toHaveTextContent("临期");
    await userEvent.click(within(facts).getByRole("button", { name: "暂停计时" }));
    const form = within(facts).getByRole("form", { name: "暂停上门承诺计时" });
    await userEvent.click(within(form).getByRole("button", { name: "暂停计时" }));
    await expect
      .poll(() => within(form).getByRole("combobox", { name: "暂停原因" }))
      .toHaveAccessibleDescription("必填");
    await chooseOption(within(form).getByRole("combobox", { name: "暂停原因" }), "等待配件");
    await userEvent.type(within(form).getByRole("textbox", { name: "备注" }), "压缩机周五到货");
    change(paused);
    await userEvent.click(within(form).getByRole("button", { name: "暂停计时" }));

    expect(await within(facts).findByText("等待配件")).toBeInTheDocument();
    expect(within(facts).queryByRole("form")).not.toBeInTheDocument();
    await userEvent.click(within(facts).getByRole("button", { name: "恢复计时" }));
    await expect.poll(() => sent.length).toBe(2);
    expect(sent).toEqual([
      {
        path: `/api/v1/work-orders/${running.id}/promise/pause`,
        body: { version: 4, reason: "WAITING_FOR_PARTS", note: "压缩机周五到货" },
      },
      { path: `/api/v1/work-orders/${running.id}/promise/resume`, body: { version: 5 } },
    ]);
  });

  it("moves the appointment of an assigned order to a new window", async () => {
    await i18n.changeLanguage("zh-CN");
    const assigned = workOrder({
      status: "ASSIGNED",
      leadInstallerId: LI,
      allowedNextStates: ["CUSTOMER_CONTACTED", "CANCELLED"],
      version: 3,
    });
    const sent: unknown[] = [];
    renderDetail(assigned, (request) => {
      void request.json().then((body) => sent.push(body));
      return json({ ...assigned, version: 4 });
    });
    await userEvent.click(await screen.findByRole("button", { name: "改约" }));
    const form = screen.getByRole("form", { name: "改约上门时间" });
    expect(within(form).getByLabelText("预约日期")).toHaveValue("2026-03-05");
    expect(within(form).getByLabelText("开始时间")).toHaveValue("09:00");
    // antd's pickers take typed text and keep it when the person moves on.
    await userEvent.clear(within(form).getByLabelText("预约日期"));
    await userEvent.type(within(form).getByLabelText("预约日期"), "2026-03-09");
    await userEvent.tab();
    await userEvent.clear(within(form).getByLabelText("结束时间"));
    await userEvent.type(within(form).getByLabelText("结束时间"), "08:00");
    await userEvent.tab();
    await userEvent.click(within(form).getByRole("button", { name: "保存新的预约时间" }));
    await waitFor(() =>
      expect(within(form).getByLabelText("结束时间")).toHaveAccessibleDescription("结束时间须晚于开始时间"),
    );
    await userEvent.clear(within(form).getByLabelText("结束时间"));
    await userEvent.type(within(form).getByLabelText("结束时间"), "12:00");
    await userEvent.tab();
    await userEvent.type(within(form).getByRole("textbox", { name: "改约原因" }), "客户出差");
    await userEvent.click(within(form).getByRole("button", { name: "保存新的预约时间" }));
    await expect
      .poll(() => sent)
      .toEqual([
        {
          version: 3,
          appointment: { start: "2026-03-09T09:00:00+08:00", end: "2026-03-09T12:00:00+08:00" },
          reason: "客户出差",
        },
      ]);
  }, 90_000);

  it("offers the signed service report only once the customer signed off, and saves it under the server's name", async () => {
    await i18n.changeLanguage("zh-CN");
    const created = vi.spyOn(URL, "createObjectURL").mockReturnValue("blob:service-report");
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const signedOff = workOrder({
      number: "WO-000057",
      status: "SIGNED_OFF",
      leadInstallerId: LI,
      allowedNextStates: ["REPORTED_IN"],
      signOff: { ratings: { attitude: 5, timeliness: 4, quality: 5 }, signedAt: "2026-03-05T10:40:00+08:00" },
    });
    const { requests } = renderDetail(signedOff, () => json({}));
    const record = await screen.findByRole("region", { name: "上门记录" });
    await userEvent.click(within(record).getByRole("button", { name: "服务报告书（PDF）" }));
    await waitFor(() => expect(saved).toEqual(["service-report-WO-000057.pdf"]));
    const download = requests.find((request) => request.url.includes("/service-report"))!;
    const url = new URL(download.url);
    expect(url.pathname).toBe(`/api/v1/work-orders/${signedOff.id}/service-report`);
    expect(url.searchParams.get("lang")).toBe("zh-CN");
    expect(download.headers.get("Authorization")).toBe("Bearer token");
    expect(download.headers.get("Accept")).toContain("application/pdf");
    expect(created).toHaveBeenCalled();
  }, 90_000);

  it("has no service report before the customer signed off", async () => {
    await i18n.changeLanguage("zh-CN");
    renderDetail(
      workOrder({ status: "ASSIGNED", leadInstallerId: LI, allowedNextStates: ["CUSTOMER_CONTACTED"] }),
      () => json({}),
    );
    await screen.findByRole("region", { name: "上门记录" });
    expect(screen.queryByRole("button", { name: "服务报告书（PDF）" })).not.toBeInTheDocument();
  }, 90_000);

  it("shows each asset in or out of warranty on the visit's day, what it covers and the fee of the repair", async () => {
    await i18n.changeLanguage("zh-CN");
    renderDetail(workOrder({ type: "REPAIR" }), () => json({}), {
      assets: [
        {
          assetId: "0193a5c8-0000-7000-8000-0000000a5001",
          productName: "车载定位终端 T100",
          serialNumber: "T100-2026-000123",
          contractNumber: "HT-2026-00123",
          warrantyEnd: "2025-12-31",
          inWarranty: false,
          covers: "整机保修，人为损坏除外",
          outOfWarrantyFee: "150.00",
        },
        {
          assetId: "0193a5c8-0000-7000-8000-0000000a5002",
          productName: "行车记录仪 D2",
          serialNumber: "D2-0007",
          warrantyEnd: "2027-06-30",
          inWarranty: true,
        },
        { assetId: "0193a5c8-0000-7000-8000-0000000a5003", productName: "油量传感器", serialNumber: "OIL-9" },
      ],
      outOfWarranty: true,
      feeApplies: true,
      proposedFee: "150.00",
    });
    const panel = await screen.findByRole("region", { name: "保修与收费" });
    expect(panel).toHaveTextContent("按预约当天 2026-03-05 计算");
    const t100 = within(panel).getByRole("group", { name: "车载定位终端 T100 T100-2026-000123" });
    expect(t100).toHaveTextContent("序列号 T100-2026-000123 · 合同号 HT-2026-00123");
    expect(t100).toHaveTextContent(/已过保\s*至 2025-12-31/);
    expect(t100).toHaveTextContent("保修范围：整机保修，人为损坏除外");
    expect(within(panel).getByRole("group", { name: "行车记录仪 D2 D2-0007" })).toHaveTextContent(
      /保修期内\s*至 2027-06-30/,
    );
    expect(within(panel).getByRole("group", { name: "油量传感器 OIL-9" })).toHaveTextContent("保修期未知");
    expect(within(panel).getByText("过保维修：需收费（建议 ¥150.00）")).toBeInTheDocument();
    expect(panel).not.toHaveTextContent(/[0-9a-f]{8}-/);
  });

  it("says nothing about a fee when every asset is under warranty", async () => {
    await i18n.changeLanguage("en");
    renderDetail(workOrder({ type: "REPAIR" }), () => json({}), {
      assets: [
        {
          assetId: "0193a5c8-0000-7000-8000-0000000a5002",
          productName: "Dash cam D2",
          serialNumber: "D2-0007",
          warrantyEnd: "2027-06-30",
          inWarranty: true,
        },
      ],
      outOfWarranty: false,
      feeApplies: false,
    });
    const panel = await screen.findByRole("region", { name: "Entitlement" });
    expect(panel).toHaveTextContent(/Under warranty\s*until 2027-06-30/);
    expect(panel).not.toHaveTextContent("fee applies");
  });
});
