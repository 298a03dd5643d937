import { describe, expect, it } from "vitest";
import { catalogItem } from "@/test/fixtures";
import {
  catalogItemFormOf,
  emptyCatalogItemForm,
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
    expect(validateCatalogItemForm({ kind: "PART", code: "-x", name: "铜管", unit: "米", price: "12.345" })).toEqual({
      code: "code",
      price: "money",
    });
  });

  it("creates with the kind and changes without it; an emptied price is removed", () => {
    expect(
      toCreateCatalogItemRequest({ kind: "TOOL", code: "扳手-01", name: " 扭力扳手 ", unit: "把", price: "" }),
    ).toEqual({
      kind: "TOOL",
      code: "扳手-01",
      name: "扭力扳手",
      unit: "把",
    });
    const read = catalogItem({ version: 2 });
    expect(toUpdateCatalogItemRequest({ ...catalogItemFormOf(read), price: "" }, read.version)).toEqual({
      version: 2,
      code: "GPS-T100",
      name: "车载定位终端 T100",
      unit: "台",
    });
  });
});
