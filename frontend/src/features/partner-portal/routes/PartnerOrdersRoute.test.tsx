import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import type { Schema } from "@/lib/api/schema-types";
import { attachment, me, problem } from "@/test/fixtures";
import { partnerOrderView } from "@/test/fixtures-field-money";
import { json, renderWithApi, type FakeApi } from "@/test/render";
import { customerLine, serialsLine } from "../model/order-view";
import { PartnerOrdersRoute } from "./PartnerOrdersRoute";

const partner = me({ roles: ["partner"], displayName: "安达 赵经理" });
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]);
const TAKEN_AT = "2026-03-05T09:00:00+08:00";

/** The partner portal's API: one job, which can be taken once and then reported done once. */
function portalApi(initial: Schema<"PartnerOrderView">, options: { takenBySomeoneElse?: boolean } = {}): FakeApi {
  let order = initial;
  let photo = 1;
  return async (request) => {
    const url = new URL(request.url);
    const path = url.pathname;
    if (path === "/api/v1/partner/orders" && request.method === "GET") return json({ items: [order] });
    if (path === `/api/v1/partner/orders/${order.workOrderId}/accept` && request.method === "POST") {
      if (options.takenBySomeoneElse) {
        return json(
          problem({
            status: 409,
            type: "https://aftercare.dev/problems/partner-order-taken",
            title: "Job taken already",
            detail: "Work order WO-000001 was taken already by anda.li.",
            errors: [{ field: "takenAt", message: "is set" }],
          }),
          409,
        );
      }
      order = { ...order, taken: true, takenAt: TAKEN_AT };
      return json(order);
    }
    if (path === `/api/v1/partner/orders/${order.workOrderId}/report-done` && request.method === "POST") {
      const body = (await request.json()) as Schema<"PartnerReportDoneRequest">;
      order = {
        ...order,
        reportedDoneAt: "2026-03-05T16:00:00+08:00",
        donePhotoIds: body.photoIds,
        ...(body.note ? { doneNote: body.note } : {}),
      };
      return json(order);
    }
    if (path === "/api/v1/attachments" && request.method === "POST") {
      return json(
        attachment({
          id: `0193a5c8-0000-7000-8000-0000000f010${photo++}`,
          ownerId: url.searchParams.get("ownerId") ?? "",
          fileName: url.searchParams.get("fileName") ?? undefined,
          createdBy: "anda.zhao",
        }),
        201,
      );
    }
    if (path.startsWith("/api/v1/attachments/") && request.method === "GET") {
      return new Response(new Blob([JPEG], { type: "image/jpeg" }), { headers: { "Content-Type": "image/jpeg" } });
    }
    return json(problem({ status: 404 }), 404);
  };
}

/** The confirmation's own button (the popup is rendered last in the document; antd spaces two-character labels). */
async function confirmAccept() {
  await userEvent.click((await screen.findAllByRole("button", { name: /^接\s?单$/ })).at(-1)!);
}

/** This month against a daily quota of 20: 21 units on the 2nd, 4 on the 3rd; today is the 4th. */
const QUOTA: Schema<"PartnerQuota"> = {
  partnerId: "0193a5c8-0000-7000-8000-00000000a001",
  from: "2026-03-01",
  to: "2026-03-04",
  days: [
    { day: "2026-03-01", unitsCompleted: 0 },
    { day: "2026-03-02", unitsCompleted: 21, dailyQuota: 20, shortfall: 0 },
    { day: "2026-03-03", unitsCompleted: 4, dailyQuota: 20, shortfall: 16 },
    { day: "2026-03-04", unitsCompleted: 2, dailyQuota: 20, shortfall: 18 },
  ],
};

function renderPortal(api: FakeApi) {
  return renderWithApi(
    <MemoryRouter>
      <PartnerOrdersRoute />
    </MemoryRouter>,
    (request) => (new URL(request.url).pathname === "/api/v1/partner/quota" ? json(QUOTA) : api(request)),
    partner,
  );
}

// antd renders slowly in jsdom on a busy machine.
describe("the partner's orders", { timeout: 120_000 }, () => {
  it("show the month against the daily quota above the jobs", async () => {
    vi.setSystemTime(new Date("2026-03-04T10:00:00+08:00"));
    await i18n.changeLanguage("zh-CN");
    renderPortal(() => json({ items: [] }));
    expect(await screen.findByText("本月配额（2026-03-01 至 2026-03-04）")).toBeInTheDocument();
    expect(screen.getByText("已完成 27 台 · 今日 2 / 20 台 · 1 天未达标")).toBeInTheDocument();
    vi.useRealTimers();
  });

  it("show the job and the customer's data exactly as masked by the server", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderPortal(() => json({ items: [partnerOrderView()] }));
    const order = await screen.findByRole("article", { name: "WO-000001" });
    expect(order).toHaveTextContent("王* · 138****5678");
    expect(order).toHaveTextContent("****7731、****7732");
    expect(order).toHaveTextContent("郑州市金水区花园路 88 号停车场");
    expect(order).toHaveTextContent("3 台货车安装车载终端");
    expect(order).toHaveTextContent("待接单");
    expect(order).not.toHaveTextContent("13812345678");
    // Only the partner portal's own endpoints are asked: no customer or work-order lookups.
    expect(new Set(requests.map((request) => new URL(request.url).pathname))).toEqual(
      new Set(["/api/v1/partner/orders", "/api/v1/partner/quota"]),
    );
  });

  it("leave out what the server left out", () => {
    expect(customerLine(partnerOrderView({ customerPhoneMasked: undefined }))).toBe("王*");
    expect(serialsLine(partnerOrderView({ deviceSerialsMasked: [] }))).toBeNull();
  });

  it("are taken with one confirmed tap, and the card then shows the job taken", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderPortal(portalApi(partnerOrderView()));
    const order = await screen.findByRole("article", { name: "WO-000001" });
    expect(within(order).queryByRole("form")).not.toBeInTheDocument();
    await userEvent.click(within(order).getByRole("button", { name: /接单$/ }));
    await confirmAccept();

    await waitFor(() => expect(order).toHaveTextContent("已接单"));
    expect(order).toHaveTextContent("已于 2026/03/05 09:00 接单");
    expect(within(order).getByRole("form", { name: "报完工 WO-000001" })).toBeInTheDocument();
    expect(within(order).queryByRole("button", { name: /接单$/ })).not.toBeInTheDocument();
    const accept = requests.filter((request) => request.method === "POST");
    expect(accept.map((request) => new URL(request.url).pathname)).toEqual([
      "/api/v1/partner/orders/0193a5c8-0000-7000-8000-0000000b0001/accept",
    ]);
  });

  it("say in words when someone else took the job first", async () => {
    await i18n.changeLanguage("zh-CN");
    renderPortal(portalApi(partnerOrderView(), { takenBySomeoneElse: true }));
    const order = await screen.findByRole("article", { name: "WO-000001" });
    await userEvent.click(within(order).getByRole("button", { name: /接单$/ }));
    await confirmAccept();
    const alert = await within(order).findByRole("alert");
    expect(alert).toHaveTextContent("该工单已被接单、已委派给合作方或已结束。请刷新页面查看最新情况。");
    // The server's own words stay folded away under the details.
    expect(within(alert).getByText("详情")).toBeInTheDocument();
    expect(order).toHaveTextContent("待接单");
  });

  it("are reported done with the photos taken with the camera and a note", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderPortal(portalApi(partnerOrderView({ taken: true, takenAt: TAKEN_AT })));
    const order = await screen.findByRole("article", { name: "WO-000001" });
    const form = within(order).getByRole("form", { name: "报完工 WO-000001" });

    // Without a photo the report is not sent.
    await userEvent.click(within(form).getByRole("button", { name: "提交完工" }));
    expect(await within(form).findByText("请至少拍一张完工照片。")).toBeInTheDocument();

    const camera = within(form).getByLabelText("拍照");
    expect(camera).toHaveAttribute("capture", "environment");
    await userEvent.upload(camera, new File([JPEG], "front.jpg", { type: "image/jpeg" }));
    await waitFor(() => expect(within(form).getByRole("status")).toHaveTextContent("已上传 1/1 个文件"));
    // A second photo: the first stays part of the report though the upload list forgets it.
    await userEvent.upload(camera, new File([JPEG], "back.jpg", { type: "image/jpeg" }));
    await waitFor(() => expect(within(form).getByRole("status")).toHaveTextContent("已上传 1/1 个文件"));
    const photos = within(form).getByRole("list", { name: "WO-000001 完工报告的照片" });
    expect(await within(photos).findByRole("img", { name: "back.jpg" })).toBeInTheDocument();
    expect(within(photos).getByRole("img", { name: "front.jpg" })).toBeInTheDocument();

    await userEvent.type(within(form).getByLabelText("完工说明"), "3 台终端已上线");
    await userEvent.click(within(form).getByRole("button", { name: "提交完工" }));

    await waitFor(() => expect(order).toHaveTextContent("已报完工"));
    expect(order).toHaveTextContent("2 张照片");
    expect(order).toHaveTextContent("3 台终端已上线");
    const uploads = requests.filter((request) => new URL(request.url).pathname === "/api/v1/attachments");
    expect(uploads.map((upload) => Object.fromEntries(new URL(upload.url).searchParams))).toEqual([
      {
        ownerType: "WORK_ORDER",
        ownerId: "0193a5c8-0000-7000-8000-0000000b0001",
        kind: "PHOTO",
        fileName: "front.jpg",
      },
      { ownerType: "WORK_ORDER", ownerId: "0193a5c8-0000-7000-8000-0000000b0001", kind: "PHOTO", fileName: "back.jpg" },
    ]);
    const report = requests.find((request) => request.url.endsWith("/report-done"))!;
    expect(await report.json()).toEqual({
      photoIds: ["0193a5c8-0000-7000-8000-0000000f0101", "0193a5c8-0000-7000-8000-0000000f0102"],
      note: "3 台终端已上线",
    });
  });
});
