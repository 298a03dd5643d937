import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import { customer, customerSite, customerSummary, installer, workOrder } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { chooseOption } from "@/test/select-option";
import { CreateWorkOrderForm } from "./CreateWorkOrderForm";

const WANG = "0193a5c8-0000-7000-8000-0000000c0001";
const HOME = "0193a5c8-0000-7000-8000-0000000c5001";

function createApi(posted: unknown[]) {
  return async (request: Request) => {
    const url = new URL(request.url);
    if (request.method === "POST") {
      posted.push(await request.json());
      return json(workOrder(), 201);
    }
    if (url.pathname === "/api/v1/customers") return json({ items: [customerSummary({ id: WANG })] });
    if (url.pathname === `/api/v1/customers/${WANG}`) {
      return json(customer({ id: WANG, sites: [customerSite({ id: HOME, label: "家", address: "文三路 100 号" })] }));
    }
    if (url.pathname === "/api/v1/installers") {
      return json({ items: [installer({ workingHours: { start: "08:30", end: "17:30" } })] });
    }
    if (url.pathname === "/api/v1/work-orders") {
      return json({
        items: [workOrder({ faultCategory: "no-gps-signal" }), workOrder({ faultCategory: "no-gps-signal" })],
      });
    }
    return json({ items: [] });
  };
}

describe("CreateWorkOrderForm", () => {
  afterEach(() => vi.useRealTimers());

  it("finds the customer by phone, chooses the only site at once, proposes a visit in working hours and sends it", async () => {
    // 16:10 in Shanghai: too late for a two-hour visit before 17:30, so tomorrow at the start of work.
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-03-05T08:10:00Z") });
    await i18n.changeLanguage("zh-CN");
    const posted: unknown[] = [];
    const onCreated = vi.fn();
    renderWithApi(<CreateWorkOrderForm onCreated={onCreated} />, createApi(posted));
    const form = screen.getByRole("form", { name: "新建工单" });

    await userEvent.click(within(form).getByRole("button", { name: "创建工单" }));
    await waitFor(() =>
      expect(within(form).getByRole("combobox", { name: "客户" })).toHaveAccessibleDescription(/必填/),
    );
    expect(posted).toEqual([]);

    await userEvent.type(within(form).getByRole("combobox", { name: "客户" }), "1381234");
    await userEvent.click(await screen.findByText(/王芳/, { selector: ".ant-select-item-option-content" }));
    // The customer has one site: it is chosen, shown as its address.
    await waitFor(() => expect(within(form).getByText("文三路 100 号（家）")).toBeInTheDocument());
    await userEvent.type(within(form).getByRole("textbox", { name: "工单描述" }), "安装空调");
    await userEvent.click(within(form).getByRole("button", { name: "创建工单" }));

    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(posted[0]).toMatchObject({
      customerId: WANG,
      siteId: HOME,
      description: "安装空调",
      appointment: { start: "2026-03-06T08:30:00+08:00", end: "2026-03-06T10:30:00+08:00" },
    });
  }, 60_000);

  it("offers the fault categories in use in words, and makes the slug of a new one typed in plain words", async () => {
    await i18n.changeLanguage("en");
    const posted: unknown[] = [];
    renderWithApi(<CreateWorkOrderForm onCreated={() => {}} />, createApi(posted));
    const category = screen.getByRole("combobox", { name: "Fault category" });
    await userEvent.click(category);
    expect(
      await screen.findByText("no gps signal", { selector: ".ant-select-item-option-content" }),
    ).toBeInTheDocument();

    await userEvent.type(category, "Display flickers");
    await chooseOption(category, "New category: Display flickers");
    await userEvent.type(screen.getByRole("combobox", { name: "Customer" }), "1381234");
    await userEvent.click(await screen.findByText(/王芳/, { selector: ".ant-select-item-option-content" }));
    await userEvent.type(screen.getByRole("textbox", { name: "Description" }), "Screen flickers");
    await userEvent.click(screen.getByRole("button", { name: "Create work order" }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toMatchObject({ faultCategory: "display-flickers" });
  }, 60_000);
});
