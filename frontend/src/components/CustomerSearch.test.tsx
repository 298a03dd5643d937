import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Form } from "antd";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import type { CustomerSummary } from "@/lib/customer-lookup";
import { asset, customer, customerContact, customerSite, customerSummary } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { CustomerSearch } from "./CustomerSearch";

const WANG = "0193a5c8-0000-7000-8000-0000000c0001";
const HZ = "0193a5c8-0000-7000-8000-0000000c0002";

/** The tenant's customers as the API finds them by phone (customer's or contact's) and by name. */
function customersApi() {
  const wang = customer({
    id: WANG,
    name: "王芳",
    phone: "138-1234-5678",
    sites: [customerSite({ label: "家", address: "文三路 100 号" })],
  });
  const hangzhou = customer({
    id: HZ,
    kind: "COMPANY",
    name: "杭州运输公司",
    phone: "0571-8888-6666",
    contacts: [customerContact({ name: "李强", phone: "138 1299 0000", role: "车队长" })],
    sites: [],
  });
  return (request: Request) => {
    const url = new URL(request.url);
    if (url.pathname === "/api/v1/customers") {
      const phone = url.searchParams.get("phone");
      const q = url.searchParams.get("q");
      const all = [wang, hangzhou];
      const found = all.filter((c) =>
        phone
          ? [c.phone, ...c.contacts.map((contact) => contact.phone)].some((p) => p.replace(/\D/g, "").startsWith(phone))
          : q !== null && c.name.includes(q),
      );
      return json({
        items: found.map((c) => customerSummary({ id: c.id, kind: c.kind, name: c.name, phone: c.phone })),
      });
    }
    if (url.pathname === `/api/v1/customers/${WANG}`) return json(wang);
    if (url.pathname === `/api/v1/customers/${HZ}`) return json(hangzhou);
    if (url.pathname === "/api/v1/assets") {
      const items =
        url.searchParams.get("customerId") === HZ ? [asset({ customerId: HZ, vehiclePlate: "浙A12345" })] : [];
      return json({ items });
    }
    return json({}, 404);
  };
}

function Harness({ onChange }: { onChange: (customer: CustomerSummary | null) => void }) {
  const [customerId, setCustomerId] = useState("");
  return (
    <Form>
      <Form.Item label="来电号码 / 客户" htmlFor="caller">
        <CustomerSearch
          id="caller"
          label="来电号码 / 客户"
          value={customerId}
          onChange={setCustomerId}
          onChoose={onChange}
        />
      </Form.Item>
    </Form>
  );
}

const phoneSearches = (requests: Request[]) =>
  requests
    .map((request) => new URL(request.url))
    .filter((url) => url.pathname === "/api/v1/customers")
    .map((url) => url.searchParams.get("phone") ?? `q=${url.searchParams.get("q")}`);

describe("CustomerSearch", () => {
  it("waits for three digits, then searches once the typing pauses", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderWithApi(<Harness onChange={() => {}} />, customersApi());
    const input = screen.getByRole("combobox", { name: "来电号码 / 客户" });

    await userEvent.type(input, "13");
    expect(screen.getByText("再输入 1 位数字开始查找")).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(phoneSearches(requests)).toEqual([]);

    // Typed in one go: one search for the whole number, not one per digit.
    await userEvent.type(input, "8 12");
    const results = await screen.findByRole("listbox");
    await waitFor(() => expect(within(results).getAllByRole("option")).toHaveLength(2));
    expect(phoneSearches(requests)).toEqual(["13812"]);
  });

  it("shows each customer's phone, the contact the number belongs to, sites and assets", async () => {
    await i18n.changeLanguage("zh-CN");
    renderWithApi(<Harness onChange={() => {}} />, customersApi());
    await userEvent.type(screen.getByRole("combobox"), "138 1299");
    const option = await screen.findByRole("option", { name: /杭州运输公司/ });
    expect(option).toHaveTextContent("0571-8888-6666");
    await waitFor(() => expect(option).toHaveTextContent("联系人李强 138 1299 0000 (车队长)"));
    await waitFor(() => expect(option).toHaveTextContent("设备车载定位终端 T100 T100-2026-000123 浙A12345"));
    expect(option).toHaveTextContent("地点无");
  });

  it("picks a customer with the keyboard and shows the choice with its sites", async () => {
    await i18n.changeLanguage("zh-CN");
    const onChange = vi.fn();
    renderWithApi(<Harness onChange={onChange} />, customersApi());
    const input = screen.getByRole("combobox");
    await userEvent.type(input, "王");
    await screen.findByRole("option", { name: /王芳/ });
    // antd's list reads the legacy key codes, which user-event leaves out.
    fireEvent.keyDown(input, { key: "ArrowDown", keyCode: 40, which: 40 });
    fireEvent.keyDown(input, { key: "Enter", keyCode: 13, which: 13 });
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ id: WANG, name: "王芳" }));
    const chosen = await screen.findByRole("group", { name: "来电号码 / 客户" });
    await waitFor(() => expect(chosen).toHaveTextContent("家 · 文三路 100 号"));

    await userEvent.click(within(chosen).getByRole("button", { name: "更换客户" }));
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(await screen.findByRole("combobox")).toHaveValue("");
  });

  it("says when no customer has the number", async () => {
    await i18n.changeLanguage("zh-CN");
    renderWithApi(<Harness onChange={() => {}} />, customersApi());
    await userEvent.type(screen.getByRole("combobox"), "999");
    expect(await screen.findByText("没有找到客户")).toBeInTheDocument();
    expect(screen.queryByRole("option")).not.toBeInTheDocument();
  });
});
