import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import { me } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { chooseRadio } from "@/test/select-option";
import type { MyBookingOptions } from "../api/my-account";
import { MyBookingRoute } from "./MyBookingRoute";

const options: MyBookingOptions = {
  customerName: "王芳",
  timeZone: "Asia/Shanghai",
  services: ["INSTALLATION", "FAULT", "MAINTENANCE"],
  products: [
    {
      id: "0193a5c8-0000-7000-8000-00000000p001",
      productName: "壁挂空调 KF-35",
      serialNumber: "KF35-0001",
      underWarranty: true,
    },
    {
      id: "0193a5c8-0000-7000-8000-00000000p002",
      productName: "热水器 W-60",
      serialNumber: "W60-0002",
      underWarranty: false,
    },
  ],
  addresses: [{ id: "0193a5c8-0000-7000-8000-00000000a001", label: "家", address: "杭州市西湖区文三路 100 号" }],
  slots: [{ start: "2026-12-09T06:00:00Z", end: "2026-12-09T08:00:00Z", free: 2 }],
  changeCutoffHours: 24,
};

// antd renders slowly in jsdom on a busy machine.
describe("booking a visit as a signed-in customer", { timeout: 120_000 }, () => {
  it("books maintenance for the product My products opened it for, and shows the number with a way to track it", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderWithApi(
      <MemoryRouter initialEntries={[`/my-booking?service=MAINTENANCE&product=${options.products[1]!.id}`]}>
        <MyBookingRoute />
      </MemoryRouter>,
      (request) =>
        request.method === "POST"
          ? json({ number: "SR-000077", trackingCode: "T0K3N", trackingUrl: "https://x/track/T0K3N" }, 201)
          : json(options),
      me({ username: "wang.fang", displayName: "王芳", roles: ["customer"] }),
    );
    const form = await screen.findByRole("form", { name: "预约上门" });
    expect(within(form).getByRole("radio", { name: "保养维护" })).toBeChecked();
    const heater = within(form).getByRole("radio", { name: /热水器 W-60/ });
    expect(heater).toBeChecked();
    expect(within(form).getByText("序列号 W60-0002")).toBeInTheDocument();
    expect(within(form).getAllByText("已过保").length).toBeGreaterThan(0);

    await userEvent.type(within(form).getByLabelText("需求说明"), "年度保养");
    await chooseRadio(within(form).getByRole("radio", { name: "14:00–16:00" }));
    await userEvent.click(within(form).getByRole("button", { name: "提交预约" }));

    const receipt = await screen.findByRole("region", { name: "预约成功" });
    expect(within(receipt).getByText("SR-000077")).toBeInTheDocument();
    expect(within(receipt).getByRole("link", { name: "查看预约进度" })).toHaveAttribute("href", "/track/T0K3N");
    const post = requests.find((request) => request.method === "POST")!;
    expect(new URL(post.url).pathname).toBe("/api/v1/my/bookings");
    await waitFor(async () =>
      expect(await post.json()).toEqual({
        service: "MAINTENANCE",
        productId: options.products[1]!.id,
        addressId: options.addresses[0]!.id,
        slot: { start: "2026-12-09T06:00:00Z", end: "2026-12-09T08:00:00Z" },
        problem: "年度保养",
      }),
    );
  });
});
