import { describe, expect, it } from "vitest";
import { catalogItem } from "@/test/fixtures";
import {
  catalogItemFormOf,
  emptyCatalogItemForm,
  emptyWarranty,
  toCreateCatalogItemRequest,
  toUpdateCatalogItemRequest,
  validateCatalogItemForm,
} from "./catalog-form";

describe("catalogue item form", () => {
  it("needs a code, a name and a unit; a price has at most two decimals", () => {
    expect(validateCatalogItemForm(emptyCatalogItemForm())).toEqual({
      code: "required",
      name: "required",
      unit: "required",
    });
    expect(
      validateCatalogItemForm({
        kind: "PART",
        code: "-x",
        name: "铜管",
        unit: "米",
        price: "12.345",
        warranty: emptyWarranty(),
        domestic: false,
        centralProcurement: false,
      }),
    ).toEqual({
      code: "code",
      price: "money",
    });
  });

  it("creates with the kind and changes without it; an emptied price is removed", () => {
    expect(
      toCreateCatalogItemRequest({
        kind: "TOOL",
        code: "扳手-01",
        name: " 扭力扳手 ",
        unit: "把",
        price: "",
        warranty: emptyWarranty(),
        domestic: true,
        centralProcurement: false,
      }),
    ).toEqual({
      kind: "TOOL",
      code: "扳手-01",
      name: "扭力扳手",
      unit: "把",
      domestic: true,
      centralProcurement: false,
    });
    const read = catalogItem({ version: 2 });
    expect(toUpdateCatalogItemRequest({ ...catalogItemFormOf(read), price: "" }, read.version)).toEqual({
      version: 2,
      code: "GPS-T100",
      name: "车载定位终端 T100",
      unit: "台",
      domestic: false,
      centralProcurement: false,
    });
  });

  it("sends a product's warranty terms, and none for a part even when terms were typed", () => {
    const product = {
      ...emptyCatalogItemForm("PRODUCT"),
      code: "AC-1",
      name: "空调",
      unit: "台",
      warranty: { months: 24, covers: " 整机保修 ", outOfWarrantyFee: "150" },
    };
    expect(toCreateCatalogItemRequest(product)).toMatchObject({
      warranty: { months: 24, covers: "整机保修", outOfWarrantyFee: "150" },
    });
    expect(toCreateCatalogItemRequest({ ...product, kind: "PART" })).not.toHaveProperty("warranty");
    // An emptied warranty is left out, which removes it on update.
    expect(toUpdateCatalogItemRequest({ ...product, warranty: emptyWarranty() }, 3)).not.toHaveProperty("warranty");
  });

  it("keeps a product's warranty within 0–240 whole months and the fee a money amount", () => {
    const product = { ...emptyCatalogItemForm("PRODUCT"), code: "AC-1", name: "空调", unit: "台" };
    expect(
      validateCatalogItemForm({ ...product, warranty: { months: 241, covers: "", outOfWarrantyFee: "1.234" } }),
    ).toEqual({ "warranty.months": "months", "warranty.outOfWarrantyFee": "money" });
    expect(
      validateCatalogItemForm({
        ...product,
        kind: "TOOL",
        warranty: { months: 241, covers: "", outOfWarrantyFee: "x" },
      }),
    ).toEqual({});
  });
});
