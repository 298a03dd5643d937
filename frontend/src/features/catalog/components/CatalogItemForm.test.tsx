import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import { catalogItem } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { chooseOption } from "@/test/select-option";
import { CatalogItemForm } from "./CatalogItemForm";

function catalogApi(sent: { method: string; body: unknown }[]) {
  return async (request: Request) => {
    const body: unknown = await request.json();
    sent.push({ method: request.method, body });
    return json(catalogItem(), request.method === "POST" ? 201 : 200);
  };
}

async function fillItem(code: string, name: string, unit: string) {
  await userEvent.type(screen.getByRole("textbox", { name: "编码" }), code);
  await userEvent.type(screen.getByRole("textbox", { name: "名称" }), name);
  await userEvent.type(screen.getByRole("textbox", { name: "单位" }), unit);
}

describe("CatalogItemForm", () => {
  it("sends a product's warranty terms: months, what they cover and the fee of a repair after", async () => {
    await i18n.changeLanguage("zh-CN");
    const sent: { method: string; body: unknown }[] = [];
    const onSaved = vi.fn();
    renderWithApi(<CatalogItemForm onSaved={onSaved} />, catalogApi(sent));
    await fillItem("AC-35", "挂式空调 35", "台");
    const warranty = screen.getByRole("group", { name: "保修条款" });
    await userEvent.type(within(warranty).getByRole("spinbutton", { name: "保修期" }), "24");
    await userEvent.type(within(warranty).getByRole("textbox", { name: "保修范围" }), "整机保修，人为损坏除外");
    await userEvent.type(within(warranty).getByRole("textbox", { name: "过保维修费" }), "150");
    await userEvent.click(screen.getByRole("button", { name: "保存" }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sent).toEqual([
      {
        method: "POST",
        body: {
          kind: "PRODUCT",
          code: "AC-35",
          name: "挂式空调 35",
          unit: "台",
          warranty: { months: 24, covers: "整机保修，人为损坏除外", outOfWarrantyFee: "150" },
          domestic: false,
          centralProcurement: false,
        },
      },
    ]);
  }, 60_000);

  it("hides the warranty for a part and sends none, even when terms were typed first", async () => {
    await i18n.changeLanguage("zh-CN");
    const sent: { method: string; body: unknown }[] = [];
    const onSaved = vi.fn();
    renderWithApi(<CatalogItemForm onSaved={onSaved} />, catalogApi(sent));
    await userEvent.type(screen.getByRole("spinbutton", { name: "保修期" }), "12");
    await chooseOption(screen.getByRole("combobox", { name: "类别" }), "配件");
    await waitFor(() => expect(screen.queryByRole("group", { name: "保修条款" })).not.toBeInTheDocument());
    await fillItem("CU-6", "铜管", "米");
    // A part for power connections is marked domestic.
    await userEvent.click(screen.getByRole("switch", { name: "国产" }));
    await userEvent.click(screen.getByRole("button", { name: "保存" }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sent).toEqual([
      {
        method: "POST",
        body: { kind: "PART", code: "CU-6", name: "铜管", unit: "米", domestic: true, centralProcurement: false },
      },
    ]);
  }, 60_000);

  it("shows a product's terms when editing, and removes them once emptied", async () => {
    await i18n.changeLanguage("en");
    const sent: { method: string; body: unknown }[] = [];
    const onSaved = vi.fn();
    const read = catalogItem({ version: 4, warranty: { months: 12, outOfWarrantyFee: "150.00" } });
    renderWithApi(<CatalogItemForm item={read} onSaved={onSaved} />, catalogApi(sent));
    const warranty = screen.getByRole("group", { name: "Warranty" });
    const months = within(warranty).getByRole("spinbutton", { name: "Warranty period" });
    const fee = within(warranty).getByRole("textbox", { name: "Out-of-warranty repair fee" });
    expect(months).toHaveValue("12");
    expect(fee).toHaveValue("150.00");
    await userEvent.clear(months);
    await userEvent.clear(fee);
    await userEvent.click(screen.getByRole("button", { name: "Save" }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sent[0]?.method).toBe("PUT");
    expect(sent[0]?.body).not.toHaveProperty("warranty");
  }, 60_000);
});
