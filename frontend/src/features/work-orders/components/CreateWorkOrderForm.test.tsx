import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import { customer, customerSite, customerSummary, workOrder } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { CreateWorkOrderForm } from "./CreateWorkOrderForm";

const WANG = "0193a5c8-0000-7000-8000-0000000c0001";
const HOME = "0193a5c8-0000-7000-8000-0000000c5001";

describe("CreateWorkOrderForm", () => {
  it("finds the customer by phone, offers the customer's sites and sends both", async () => {
    await i18n.changeLanguage("zh-CN");
    const posted: unknown[] = [];
    const onCreated = vi.fn();
    renderWithApi(<CreateWorkOrderForm onCreated={onCreated} />, async (request) => {
      const url = new URL(request.url);
      if (request.method === "POST") {
        posted.push(await request.json());
        return json(workOrder(), 201);
      }
      if (url.pathname === "/api/v1/customers") return json({ items: [customerSummary({ id: WANG })] });
      if (url.pathname === `/api/v1/customers/${WANG}`) {
        return json(customer({ id: WANG, sites: [customerSite({ id: HOME, label: "家", address: "文三路 100 号" })] }));
      }
      return json({ items: [] });
    });

    await userEvent.click(screen.getByRole("button", { name: "创建工单" }));
    expect(screen.getByRole("combobox", { name: "客户" })).toHaveAccessibleDescription(/必填/);

    await userEvent.type(screen.getByRole("combobox", { name: "客户" }), "1381234");
    await userEvent.click(await screen.findByRole("option", { name: /王芳/ }));
    const site = screen.getByRole("combobox", { name: "服务地点" });
    await waitFor(() => expect(within(site).getByRole("option", { name: "家 · 文三路 100 号" })).toBeInTheDocument());
    await userEvent.selectOptions(site, HOME);
    await userEvent.type(screen.getByRole("textbox", { name: "工单描述" }), "安装空调");
    await userEvent.click(screen.getByRole("button", { name: "创建工单" }));

    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(posted[0]).toMatchObject({ customerId: WANG, siteId: HOME, description: "安装空调" });
  });
});
