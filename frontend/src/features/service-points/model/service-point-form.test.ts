import { describe, expect, it } from "vitest";
import { servicePoint } from "@/test/fixtures";
import {
  emptyServicePointForm,
  servicePointFormOf,
  toUpdateServicePointRequest,
  validateServicePointForm,
} from "./service-point-form";

describe("service point form", () => {
  it("needs a name and an address; a phone must look like one", () => {
    expect(validateServicePointForm({ ...emptyServicePointForm(), phone: "12" })).toEqual({
      name: "required",
      address: "required",
      phone: "phone",
    });
  });

  it("sends the whole service point with the version; no manager means none", () => {
    const read = servicePoint({ managerId: "0193a5c8-0000-7000-8000-0000000a0009", version: 1 });
    expect(
      toUpdateServicePointRequest({ ...servicePointFormOf(read), managerId: "", kind: "PARTNER_REPAIR_SHOP" }, 1),
    ).toEqual({
      version: 1,
      kind: "PARTNER_REPAIR_SHOP",
      name: "杭州西湖服务网点",
      address: "浙江省杭州市西湖区文三路 100 号",
    });
  });
});
