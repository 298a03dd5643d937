import { describe, expect, it } from "vitest";
import { emptyIntakeForm, newCustomerFrom, toCreateServiceRequest, validateIntakeForm } from "./intake-form";

const WANG = "0193a5c8-0000-7000-8000-0000000c0001";
const T100 = "0193a5c8-0000-7000-8000-0000000a5001";

describe("request intake form", () => {
  it("needs a customer, a category and a description", () => {
    expect(validateIntakeForm(emptyIntakeForm())).toEqual({
      customerId: "required",
      category: "required",
      description: "required",
    });
  });

  it("registers a phone call of a customer found by the search, with the asset concerned", () => {
    const form = {
      ...emptyIntakeForm(),
      customerId: WANG,
      assetId: T100,
      category: "FAULT" as const,
      description: "  终端不定位 ",
    };
    expect(validateIntakeForm(form)).toEqual({});
    expect(toCreateServiceRequest(form, "主要地址")).toEqual({
      channel: "PHONE",
      customerId: WANG,
      assetId: T100,
      category: "FAULT",
      description: "终端不定位",
    });
  });

  it("starts a new customer from the digits the caller gave, or from a name", () => {
    expect(newCustomerFrom(" 139 0000 1111 ")).toEqual({
      kind: "PERSON",
      name: "",
      phone: "139 0000 1111",
      siteAddress: "",
    });
    expect(newCustomerFrom("杭州运输")).toEqual({ kind: "PERSON", name: "杭州运输", phone: "", siteAddress: "" });
  });

  it("checks the new customer's name and phone instead of a chosen customer", () => {
    const form = {
      ...emptyIntakeForm(),
      newCustomer: { kind: "PERSON" as const, name: " ", phone: "12-34", siteAddress: "" },
      category: "CONSULTATION" as const,
      description: "问保修期",
    };
    expect(validateIntakeForm(form)).toEqual({ "newCustomer.name": "required", "newCustomer.phone": "phone" });
  });

  it("sends a new customer inline, with the address as its first site, and no asset", () => {
    const form = {
      ...emptyIntakeForm(),
      channel: "VISIT" as const,
      assetId: T100,
      newCustomer: {
        kind: "COMPANY" as const,
        name: " 杭州运输公司 ",
        phone: "0571-8888 6666",
        siteAddress: " 文三路 100 号 ",
      },
      category: "INSTALLATION" as const,
      description: "20 辆车装终端",
    };
    expect(validateIntakeForm(form)).toEqual({});
    expect(toCreateServiceRequest(form, "主要地址")).toEqual({
      channel: "VISIT",
      newCustomer: {
        kind: "COMPANY",
        name: "杭州运输公司",
        phone: "0571-8888 6666",
        sites: [{ label: "主要地址", address: "文三路 100 号" }],
      },
      category: "INSTALLATION",
      description: "20 辆车装终端",
    });
    const withoutAddress = { ...form, newCustomer: { ...form.newCustomer, siteAddress: "" } };
    expect(toCreateServiceRequest(withoutAddress, "主要地址").newCustomer).not.toHaveProperty("sites");
  });
});
