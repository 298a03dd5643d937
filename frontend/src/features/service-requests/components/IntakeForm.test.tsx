import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import { asset, customer, customerSummary, problem, serviceRequest } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { chooseOption, chooseRadio } from "@/test/select-option";
import { IntakeForm } from "./IntakeForm";

const WANG = "0193a5c8-0000-7000-8000-0000000c0001";
const T100 = "0193a5c8-0000-7000-8000-0000000a5001";

function intakeApi(onPost: (body: unknown) => Response) {
  return async (request: Request) => {
    const url = new URL(request.url);
    if (request.method === "POST" && url.pathname === "/api/v1/service-requests") return onPost(await request.json());
    if (url.pathname === "/api/v1/customers") {
      return json({ items: url.searchParams.get("phone")?.startsWith("138") ? [customerSummary({ id: WANG })] : [] });
    }
    if (url.pathname === `/api/v1/customers/${WANG}`) return json(customer({ id: WANG }));
    if (url.pathname === "/api/v1/assets") {
      return json({
        items: [
          asset({
            id: T100,
            customerId: WANG,
            contractNumber: "HT-2026-00123",
            warrantyEnd: "2025-12-31",
            underWarranty: false,
            outOfWarrantyFee: "150.00",
          }),
        ],
      });
    }
    return json({}, 404);
  };
}

describe("IntakeForm", () => {
  it("says what is missing before anything is sent", async () => {
    await i18n.changeLanguage("zh-CN");
    const post = vi.fn();
    const { requests } = renderWithApi(<IntakeForm onRegistered={() => {}} />, intakeApi(post));
    await userEvent.click(screen.getByRole("button", { name: "登记请求" }));
    // antd renders the field errors after its validation settles, not in the same tick as the click.
    await waitFor(() => {
      expect(screen.getByRole("combobox", { name: "来电号码 / 客户" })).toHaveAccessibleDescription(/必填/);
      expect(screen.getByRole("radiogroup", { name: "类别" })).toHaveAccessibleDescription("必填");
      expect(screen.getByRole("textbox", { name: "内容" })).toHaveAccessibleDescription(/必填/);
    });
    expect(requests.filter((request) => request.method === "POST")).toHaveLength(0);
    // The person starts over where the call starts: at the caller's number.
    await waitFor(() => expect(screen.getByRole("combobox", { name: "来电号码 / 客户" })).toHaveFocus());
  });

  it("registers a call: the caller found by phone, the asset, channel PHONE, category and description", async () => {
    await i18n.changeLanguage("zh-CN");
    const registered = serviceRequest({ assetId: T100, category: "FAULT" });
    const onRegistered = vi.fn();
    const posted: unknown[] = [];
    renderWithApi(
      <IntakeForm onRegistered={onRegistered} />,
      intakeApi((body) => {
        posted.push(body);
        return json(registered, 201);
      }),
    );
    await userEvent.type(screen.getByRole("combobox", { name: "来电号码 / 客户" }), "138 1234");
    await userEvent.click(await screen.findByRole("option", { name: /王芳/ }));
    const assetSelect = screen.getByRole("combobox", { name: "涉及设备" });
    await waitFor(() => expect(assetSelect).toBeEnabled());
    await chooseOption(assetSelect, /T100/);
    // Whether the call is about a paid repair: the asset is out of warranty, and what a repair then costs.
    expect(screen.getByRole("list", { name: "所选设备的保修" })).toHaveTextContent(
      /合同号 HT-2026-00123\s*已过保\s*至 2025-12-31\s*过保维修 ¥150.00/,
    );
    expect(screen.getByRole("combobox", { name: "渠道" }).closest(".ant-select")).toHaveTextContent("来电");
    await chooseRadio(screen.getByRole("radio", { name: "故障报修" }));
    await userEvent.type(screen.getByRole("textbox", { name: "内容" }), "终端不定位，车在杭州");
    await userEvent.click(screen.getByRole("button", { name: "登记请求" }));

    await waitFor(() => expect(onRegistered).toHaveBeenCalledWith(registered));
    expect(posted).toEqual([
      { channel: "PHONE", customerId: WANG, assetId: T100, category: "FAULT", description: "终端不定位，车在杭州" },
    ]);
  });

  it("registers a new caller inline and shows the server's objection at the phone", async () => {
    await i18n.changeLanguage("zh-CN");
    const posted: unknown[] = [];
    renderWithApi(
      <IntakeForm onRegistered={() => {}} />,
      intakeApi((body) => {
        posted.push(body);
        return json(
          problem({
            status: 409,
            type: "https://aftercare.dev/problems/phone-taken",
            title: "Phone taken",
            detail: "Another customer has the phone 139 0000 1111.",
            errors: [{ field: "newCustomer.phone", message: "belongs to another customer" }],
          }),
          409,
        );
      }),
    );
    await userEvent.type(screen.getByRole("combobox", { name: "来电号码 / 客户" }), "139 0000 1111");
    expect(await screen.findByText("没有找到客户")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "新客户" }));

    const newCustomer = screen.getByRole("group", { name: "新客户" });
    expect(within(newCustomer).getByRole("textbox", { name: "电话" })).toHaveValue("139 0000 1111");
    await userEvent.type(within(newCustomer).getByRole("textbox", { name: "客户名称" }), "赵先生");
    await userEvent.type(within(newCustomer).getByRole("textbox", { name: "服务地址" }), "文二路 5 号");
    await chooseRadio(screen.getByRole("radio", { name: "安装" }));
    await userEvent.type(screen.getByRole("textbox", { name: "内容" }), "装空调");
    await userEvent.click(screen.getByRole("button", { name: "登记请求" }));

    // The server's English reason is shown in the person's language at the phone it objects to.
    const phone = within(newCustomer).getByRole("textbox", { name: "电话" });
    await waitFor(() => expect(phone).toHaveAccessibleDescription("此项填写有误。"));
    expect(posted).toEqual([
      {
        channel: "PHONE",
        newCustomer: {
          kind: "PERSON",
          name: "赵先生",
          phone: "139 0000 1111",
          sites: [{ label: "主要地址", address: "文二路 5 号" }],
        },
        category: "INSTALLATION",
        description: "装空调",
      },
    ]);
  });
});
