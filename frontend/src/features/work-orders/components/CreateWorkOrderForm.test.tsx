import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import type { Schema } from "@/lib/api/schema-types";
import { asset, customer, customerSite, customerSummary, installer, workOrder } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { chooseOption } from "@/test/select-option";
import { CreateWorkOrderForm } from "./CreateWorkOrderForm";

const WANG = "0193a5c8-0000-7000-8000-0000000c0001";
const HOME = "0193a5c8-0000-7000-8000-0000000c5001";
const T100 = "0193a5c8-0000-7000-8000-0000000a5001";

function createApi(posted: unknown[], assets: Schema<"Asset">[] = []) {
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
    if (url.pathname === "/api/v1/assets" && url.searchParams.get("customerId") === WANG)
      return json({ items: assets });
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

  /** A repair for 王芳's T100 with the asset chosen; the fee field as the form left it. */
  async function chooseRepairOf(posted: unknown[], terminal: Schema<"Asset">) {
    await i18n.changeLanguage("en");
    renderWithApi(<CreateWorkOrderForm onCreated={() => {}} />, createApi(posted, [terminal]));
    await chooseOption(screen.getByRole("combobox", { name: "Type" }), "Repair");
    await userEvent.type(screen.getByRole("combobox", { name: "Customer" }), "1381234");
    await userEvent.click(await screen.findByText(/王芳/, { selector: ".ant-select-item-option-content" }));
    const assets = screen.getByRole("combobox", { name: "Assets" });
    await waitFor(() => expect(assets).toBeEnabled());
    await chooseOption(assets, /T100-2026-000123/);
    await userEvent.type(screen.getByRole("textbox", { name: "Description" }), "No GPS fix");
    return screen.getByRole("textbox", { name: "Fee" });
  }

  it("proposes the catalogue's out-of-warranty fee for a repair of an asset out of warranty, and sends it", async () => {
    const posted: unknown[] = [];
    const fee = await chooseRepairOf(
      posted,
      asset({ id: T100, warrantyEnd: "2025-12-31", underWarranty: false, outOfWarrantyFee: "150.00" }),
    );
    const warranty = screen.getByRole("list", { name: "Warranty of the chosen assets" });
    expect(warranty).toHaveTextContent(/Out of warranty\s*until 2025-12-31/);
    expect(warranty).toHaveTextContent("out-of-warranty repair CN¥150.00");
    await waitFor(() => expect(fee).toHaveValue("150.00"));
    expect(fee).toHaveAccessibleDescription("Proposed from the catalogue's out-of-warranty fee; you can change it");

    // Not a repair: the proposal goes; a repair again brings it back.
    await chooseOption(screen.getByRole("combobox", { name: "Type" }), "Inspection");
    await waitFor(() => expect(fee).toHaveValue(""));
    await chooseOption(screen.getByRole("combobox", { name: "Type" }), "Repair");
    await waitFor(() => expect(fee).toHaveValue("150.00"));

    await userEvent.click(screen.getByRole("button", { name: "Create work order" }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toMatchObject({ type: "REPAIR", assetIds: [T100], fee: "150.00" });

    // A fee the dispatcher typed stays, whatever the type.
    await userEvent.clear(fee);
    await userEvent.type(fee, "80");
    expect(fee).toHaveAccessibleDescription("The catalogue's out-of-warranty fee is CN¥150.00");
    await chooseOption(screen.getByRole("combobox", { name: "Type" }), "Inspection");
    expect(fee).toHaveValue("80");
    await userEvent.click(screen.getByRole("button", { name: "Create work order" }));
    await waitFor(() => expect(posted).toHaveLength(2));
    expect(posted[1]).toMatchObject({ type: "INSPECTION", fee: "80.00" });
  }, 90_000);

  it("proposes no fee for a repair of an asset under warranty, and leaves it out", async () => {
    const posted: unknown[] = [];
    const fee = await chooseRepairOf(
      posted,
      asset({ id: T100, warrantyEnd: "2028-03-04", underWarranty: true, outOfWarrantyFee: "150.00" }),
    );
    expect(screen.getByRole("list", { name: "Warranty of the chosen assets" })).toHaveTextContent(
      /Under warranty\s*until 2028-03-04/,
    );
    expect(fee).toHaveValue("");
    expect(fee).toHaveAccessibleDescription("For a paid service; leave empty when free");

    await userEvent.click(screen.getByRole("button", { name: "Create work order" }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toMatchObject({ type: "REPAIR", assetIds: [T100] });
    expect(posted[0]).not.toHaveProperty("fee");
  }, 60_000);
});
