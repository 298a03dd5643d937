import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import type { Schema } from "@/lib/api/schema-types";
import { attachment, certification, installer, leaveRequest, me, problem, staffUser } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { InstallersRoute } from "./InstallersRoute";

// The filters live in the URL.
const page = (
  <MemoryRouter>
    <InstallersRoute />
  </MemoryRouter>
);

const LI = "0193a5c8-0000-7000-8000-0000000a0001";

const li = installer({
  id: LI,
  displayName: "李师傅",
  certifications: [
    certification({
      id: "0193a5c8-0000-7000-8000-0000000ce001",
      type: "ELECTRICIAN",
      validFrom: "2020-01-01",
      validTo: "2026-03-01",
    }),
    certification({
      id: "0193a5c8-0000-7000-8000-0000000ce002",
      type: "WELDING",
      validFrom: "2020-01-01",
      validTo: "2026-03-20",
    }),
    certification({
      id: "0193a5c8-0000-7000-8000-0000000ce003",
      type: "HEIGHT",
      validFrom: "2020-01-01",
      validTo: "2029-01-01",
    }),
  ],
});

const ELECTRICIAN = "0193a5c8-0000-7000-8000-0000000ce001";
const PDF = new TextEncoder().encode("%PDF-1.7\n");

function installersApi() {
  let leave = leaveRequest({ installerId: LI });
  const scans: Schema<"Attachment">[] = [
    attachment({
      ownerType: "CERTIFICATION",
      ownerId: ELECTRICIAN,
      kind: "CERTIFICATE_SCAN",
      contentType: "application/pdf",
      fileName: "电工证.pdf",
    }),
  ];
  return async (request: Request) => {
    const url = new URL(request.url);
    const { pathname } = url;
    if (pathname === "/api/v1/attachments" && request.method === "GET") {
      return json({ items: scans.filter((scan) => scan.ownerId === url.searchParams.get("ownerId")) });
    }
    if (pathname === "/api/v1/attachments" && request.method === "POST") {
      const created = attachment({
        id: "0193a5c8-0000-7000-8000-0000000f0009",
        ownerType: "CERTIFICATION",
        ownerId: url.searchParams.get("ownerId")!,
        kind: "CERTIFICATE_SCAN",
        contentType: "image/png",
        fileName: url.searchParams.get("fileName") ?? undefined,
      });
      scans.push(created);
      return json(created, 201);
    }
    if (pathname.startsWith("/api/v1/attachments/")) {
      return new Response(new Blob([PDF], { type: "application/pdf" }), {
        headers: { "Content-Type": "application/pdf" },
      });
    }
    if (pathname === "/api/v1/installers" && request.method === "POST") {
      const body = (await request.json()) as { staffUserId: string };
      return json(installer({ id: body.staffUserId, displayName: "师傅 赵" }), 201);
    }
    if (pathname === "/api/v1/installers") return json({ items: [li] });
    if (pathname === "/api/v1/users") {
      // Li is an installer already; only Zhao's account is left to choose.
      return json({ items: [staffUser({ id: LI, username: "li" }), staffUser()] });
    }
    if (pathname.endsWith("/leave-requests")) return json({ items: [leave] });
    if (pathname.endsWith("/decision")) {
      const body = (await request.json()) as { approve: boolean; overrideOpenOrders?: boolean };
      if (body.approve && !body.overrideOpenOrders) {
        return json(
          problem({
            status: 409,
            type: "https://aftercare.dev/problems/open-assignments",
            title: "Open assigned orders",
            detail: "The installer holds open assigned orders in these days: WO-000042.",
          }),
          409,
        );
      }
      leave = { ...leave, status: body.approve ? "APPROVED" : "REJECTED", decidedBy: "wang.manager", version: 1 };
      return json(leave);
    }
    return json(problem({ status: 404 }), 404);
  };
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date("2026-03-05T10:00:00+08:00"), shouldAdvanceTime: true });
});
afterEach(() => vi.useRealTimers());

// antd renders slowly in jsdom on a busy machine.
describe("InstallersRoute", { timeout: 120_000 }, () => {
  it("marks expired certificates and those expiring within 30 days", async () => {
    await i18n.changeLanguage("zh-CN");
    renderWithApi(page, installersApi());
    const row = await screen.findByRole("row", { name: /李师傅/ });
    expect(within(row).getByText("电工证").closest("[data-certificate]")).toHaveTextContent(
      "已过期（2026年3月1日 到期）",
    );
    expect(within(row).getByText("焊工操作证").closest("[data-certificate]")).toHaveTextContent(
      "15 天后到期（2026年3月20日）",
    );
    expect(within(row).getByText("登高作业证").closest("[data-certificate]")).toHaveTextContent("有效至 2029年1月1日");
    expect(screen.getByText("有 1 位技工的证书已过期或 30 天内到期。")).toBeInTheDocument();
  });

  it("lets a manager approve leave over open orders only with the override", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderWithApi(page, installersApi());
    await userEvent.click(await screen.findByRole("button", { name: "查看 李师傅 的请假" }));
    const leave = await screen.findByRole("region", { name: "李师傅 的请假" });
    await userEvent.click(await within(leave).findByRole("button", { name: /批\s*准/ }));

    const warning = await within(leave).findByRole("alert");
    expect(warning).toHaveTextContent("该技工在这些日期有未完成的派工");
    expect(warning).toHaveTextContent("WO-000042");
    expect(within(leave).getByRole("button", { name: /批\s*准/ })).toBeDisabled();

    await userEvent.click(within(warning).getByRole("checkbox", { name: "仍然批准（批准后需改派这些工单）" }));
    await userEvent.click(within(leave).getByRole("button", { name: /批\s*准/ }));
    await waitFor(() => expect(within(leave).getByText("已批准")).toBeInTheDocument());
    const decisions = requests.filter((request) => request.url.endsWith("/decision"));
    expect(await decisions.at(-1)!.json()).toEqual({ version: 0, approve: true, overrideOpenOrders: true });
  });

  it("makes a staff account with the role installer an installer", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderWithApi(page, installersApi());
    await screen.findByRole("row", { name: /李师傅/ });
    await userEvent.click(screen.getByRole("button", { name: /新增技工/ }));
    const form = await screen.findByRole("form", { name: "新增技工" });

    await userEvent.click(within(form).getByRole("button", { name: "保存技工" }));
    expect(await within(form).findAllByText("必填")).not.toHaveLength(0);

    // Only Zhao's account is offered: Li is an installer already.
    await userEvent.click(within(form).getByRole("combobox", { name: "员工账号" }));
    const zhao = await screen.findByText("赵师傅 · zhao.installer", { selector: ".ant-select-item-option-content" });
    expect(document.querySelectorAll(".ant-select-item-option")).toHaveLength(1);
    await userEvent.click(zhao);
    await userEvent.type(within(form).getByLabelText("电话"), "+86 139 0000 0009");
    await userEvent.type(within(form).getByLabelText("基本工资"), "4800");
    await userEvent.type(within(form).getByLabelText("技能"), "空调安装，电工");
    await userEvent.click(within(form).getByRole("button", { name: "保存技工" }));

    expect(await screen.findByText("已添加技工 师傅 赵")).toBeInTheDocument();
    const post = requests.find((request) => request.method === "POST" && request.url.endsWith("/api/v1/installers"))!;
    expect(await post.json()).toEqual({
      staffUserId: "0193a5c8-0000-7000-8000-0000000a0009",
      phone: "+86 139 0000 0009",
      workingHours: { start: "08:30", end: "17:30" },
      baseSalary: "4800",
      skills: ["空调安装", "电工"],
    });
    expect(post.headers.get("Idempotency-Key")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("opens each certificate's scans and lets the manager upload one", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderWithApi(page, installersApi());
    await userEvent.click(await screen.findByRole("button", { name: "查看 李师傅 的证书扫描件" }));
    const panel = await screen.findByRole("region", { name: "李师傅 的证书扫描件" });
    const electrician = within(panel).getByRole("group", { name: "电工证 T-310101-2021-0042" });
    const open = await within(electrician).findByRole("link", { name: "打开 电工证.pdf" });
    expect(open).toHaveAttribute("href", expect.stringMatching(/^blob:/));
    expect(open).toHaveAttribute("target", "_blank");
    expect(open).toHaveTextContent("PDF");
    const welding = within(panel).getByRole("group", { name: "焊工操作证 T-310101-2021-0042" });
    expect(await within(welding).findByText("还没有扫描件。")).toBeInTheDocument();

    const picker = within(welding).getByLabelText("上传扫描件");
    expect(picker).toHaveAttribute("accept", "image/*,application/pdf");
    await userEvent.upload(
      picker,
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], "welding.png", { type: "image/png" }),
    );
    expect(await within(welding).findByRole("img", { name: "welding.png" })).toBeInTheDocument();
    const post = requests.find((request) => request.method === "POST" && request.url.includes("/api/v1/attachments"))!;
    expect(Object.fromEntries(new URL(post.url).searchParams)).toEqual({
      ownerType: "CERTIFICATION",
      ownerId: "0193a5c8-0000-7000-8000-0000000ce002",
      kind: "CERTIFICATE_SCAN",
      fileName: "welding.png",
    });
  });

  it("shows dispatchers the list without the manager's controls", async () => {
    await i18n.changeLanguage("zh-CN");
    renderWithApi(page, installersApi(), me({ roles: ["dispatcher"] }));
    const row = await screen.findByRole("row", { name: /李师傅/ });
    expect(within(row).queryByRole("button", { name: /添加证书|停用/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /新增技工/ })).not.toBeInTheDocument();
    await userEvent.click(within(row).getByRole("button", { name: "查看 李师傅 的请假" }));
    const leave = await screen.findByRole("region", { name: "李师傅 的请假" });
    expect(await within(leave).findByText("待审批")).toBeInTheDocument();
    expect(within(leave).queryByRole("button", { name: /批\s*准/ })).not.toBeInTheDocument();

    await userEvent.click(within(row).getByRole("button", { name: "查看 李师傅 的证书扫描件" }));
    const scans = await screen.findByRole("region", { name: "李师傅 的证书扫描件" });
    expect(await within(scans).findByRole("link", { name: "打开 电工证.pdf" })).toBeInTheDocument();
    expect(within(scans).queryByLabelText("上传扫描件")).not.toBeInTheDocument();
    expect(within(scans).queryByRole("button", { name: /删除/ })).not.toBeInTheDocument();
  });
});
