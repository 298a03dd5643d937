import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import { asset, catalogItem, customer } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { AssetForm } from "./AssetForm";

const WANG = "0193a5c8-0000-7000-8000-0000000c0001";

function assetApi(sent: unknown[]) {
  return async (request: Request) => {
    const url = new URL(request.url);
    if (request.method === "PUT") {
      sent.push(await request.json());
      return json(asset());
    }
    if (url.pathname === "/api/v1/catalog-items") {
      return json({ items: [catalogItem({ warranty: { months: 12, outOfWarrantyFee: "150.00" } })] });
    }
    if (url.pathname === `/api/v1/customers/${WANG}`) return json(customer({ id: WANG }));
    return json({ items: [] });
  };
}

describe("AssetForm", () => {
  it("shows a warranty end derived from the product as text and does not send it back", async () => {
    await i18n.changeLanguage("zh-CN");
    const sent: unknown[] = [];
    const onSaved = vi.fn();
    const read = asset({
      installDate: "2026-03-05",
      warrantyEnd: "2027-03-04",
      warrantyEndFromProduct: true,
      contractNumber: "HT-2026-00123",
      version: 5,
    });
    renderWithApi(<AssetForm asset={read} onSaved={onSaved} />, assetApi(sent));

    expect(await screen.findByText("2027-03-04（按产品保修 12 个月）")).toBeInTheDocument();
    expect(screen.getByRole("switch", { name: "手动设定保修截止" })).not.toBeChecked();
    expect(screen.getByRole("textbox", { name: "合同号" })).toHaveValue("HT-2026-00123");
    await userEvent.click(screen.getByRole("button", { name: "保存" }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ version: 5, installDate: "2026-03-05", contractNumber: "HT-2026-00123" });
    expect(sent[0]).not.toHaveProperty("warrantyEnd");
  }, 60_000);

  it("sends an end set by hand, starting from the one the product gives", async () => {
    await i18n.changeLanguage("en");
    const sent: unknown[] = [];
    const onSaved = vi.fn();
    const read = asset({ installDate: "2026-03-05", warrantyEnd: "2027-03-04", warrantyEndFromProduct: true });
    renderWithApi(<AssetForm asset={read} onSaved={onSaved} />, assetApi(sent));

    expect(await screen.findByText("2027-03-04 (product warranty of 12 months)")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("switch", { name: "Set the warranty end by hand" }));
    const end = await screen.findByRole("textbox", { name: "Warranty ends" });
    expect(end).toHaveValue("2027-03-04");
    await userEvent.click(screen.getByRole("button", { name: "Save" }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sent[0]).toMatchObject({ warrantyEnd: "2027-03-04" });
  }, 60_000);
});
