import { describe, expect, it } from "vitest";
import { asset } from "@/test/fixtures";
import {
  assetFormOf,
  emptyAssetForm,
  toCreateAssetRequest,
  toUpdateAssetRequest,
  validateAssetForm,
} from "./asset-form";

const WANG = "0193a5c8-0000-7000-8000-0000000c0001";
const T100 = "0193a5c8-0000-7000-8000-0000000f0001";

describe("asset form", () => {
  it("needs a customer, a product model and a serial number in the contract's form", () => {
    expect(validateAssetForm(emptyAssetForm())).toEqual({
      customerId: "required",
      productId: "required",
      serialNumber: "required",
    });
    expect(
      validateAssetForm({
        ...emptyAssetForm(WANG),
        productId: T100,
        serialNumber: "序列 1",
        simId: "8986 0012",
        vehiclePlate: "浙",
      }),
    ).toEqual({ serialNumber: "identifier", simId: "identifier", vehiclePlate: "plate" });
  });

  it("refuses a warranty that ends before the installation", () => {
    const form = {
      ...emptyAssetForm(WANG),
      productId: T100,
      serialNumber: "T100-1",
      installDate: "2026-03-05",
      warrantyByHand: true,
      warrantyEnd: "2026-03-04",
    };
    expect(validateAssetForm(form)).toEqual({ warrantyEnd: "warrantyBeforeInstall" });
    expect(validateAssetForm({ ...form, warrantyEnd: "" })).toEqual({ warrantyEnd: "required" });
    // Following the product, the end is the server's to derive.
    expect(validateAssetForm({ ...form, warrantyByHand: false })).toEqual({});
  });

  it("does not send back a warranty end derived from the product, so it keeps following the product", () => {
    const read = asset({ warrantyEnd: "2027-03-04", warrantyEndFromProduct: true, contractNumber: "HT-2026-00123" });
    const form = assetFormOf(read);
    expect(form).toMatchObject({ warrantyByHand: false, warrantyEnd: "", contractNumber: "HT-2026-00123" });
    const request = toUpdateAssetRequest(form, read.version);
    expect(request).not.toHaveProperty("warrantyEnd");
    expect(request).toMatchObject({ contractNumber: "HT-2026-00123" });
    // Set by hand, the end is the asset's own and is sent.
    expect(toUpdateAssetRequest({ ...form, warrantyByHand: true, warrantyEnd: "2027-06-30" }, 0)).toMatchObject({
      warrantyEnd: "2027-06-30",
    });
    expect(validateAssetForm({ ...form, contractNumber: "合同 1" })).toEqual({ contractNumber: "identifier" });
  });

  it("sends the whole asset with the version, leaving out emptied fields", () => {
    const read = asset({ simId: "89860012345678901234", version: 7 });
    const form = { ...assetFormOf(read), vehiclePlate: "浙A·12345", simId: "" };
    expect(validateAssetForm(form)).toEqual({});
    expect(toUpdateAssetRequest(form, read.version)).toEqual({
      version: 7,
      customerId: read.customerId,
      productId: read.productId,
      serialNumber: "T100-2026-000123",
      vehiclePlate: "浙A·12345",
      installDate: "2026-03-05",
      warrantyEnd: "2028-03-04",
    });
    expect(toCreateAssetRequest({ ...emptyAssetForm(WANG), productId: T100, serialNumber: " T100-9 " })).toEqual({
      customerId: WANG,
      productId: T100,
      serialNumber: "T100-9",
    });
  });
});
