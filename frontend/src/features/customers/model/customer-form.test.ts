import { describe, expect, it } from "vitest";
import { customer } from "@/test/fixtures";
import {
  customerFormOf,
  emptyCustomerForm,
  toCreateCustomerRequest,
  toSiteRequest,
  toUpdateCustomerRequest,
  validateContactForm,
  validateCustomerForm,
  validateSiteForm,
} from "./customer-form";

describe("customer form", () => {
  it("needs a name and a phone number with at least five digits", () => {
    expect(validateCustomerForm(emptyCustomerForm())).toEqual({ name: "required", phone: "required" });
    expect(validateCustomerForm({ ...emptyCustomerForm(), name: "王芳", phone: "138", email: "wang@" })).toEqual({
      phone: "phone",
      email: "email",
    });
  });

  it("sends only what is filled in, and on a change the version read", () => {
    const form = { ...emptyCustomerForm(), kind: "COMPANY" as const, name: " 杭州运输 ", phone: "0571-8888 6666" };
    expect(toCreateCustomerRequest(form)).toEqual({ kind: "COMPANY", name: "杭州运输", phone: "0571-8888 6666" });
    const read = customer({ email: "wang@example.com", notes: "下午在家", version: 4 });
    const edited = { ...customerFormOf(read), email: "" };
    // An emptied e-mail is left out, which removes it.
    expect(toUpdateCustomerRequest(edited, read.version)).toEqual({
      version: 4,
      kind: "PERSON",
      name: "王芳",
      phone: "138-1234-5678",
      notes: "下午在家",
    });
  });

  it("sends the customer's own language, and none for the company's", () => {
    const base = { ...emptyCustomerForm(), name: "Anna Smith", phone: "138-1234-5678" };
    expect(toCreateCustomerRequest({ ...base, language: "en" })).toMatchObject({ language: "en" });
    expect(toCreateCustomerRequest(base)).not.toHaveProperty("language");
    expect(customerFormOf(customer({ language: "en" })).language).toBe("en");
    // Back to the company's language: left out of the whole set of fields, which clears it.
    const read = customer({ language: "en", version: 2 });
    expect(toUpdateCustomerRequest({ ...customerFormOf(read), language: "" }, 2)).not.toHaveProperty("language");
  });

  it("checks a contact like the customer", () => {
    expect(validateContactForm({ name: "", phone: "12", email: "", role: "" })).toEqual({
      name: "required",
      phone: "phone",
    });
  });

  it("takes both coordinates of a site or neither", () => {
    const site = { label: "仓库", address: "文三路 100 号", latitude: "30.2741", longitude: "" };
    expect(validateSiteForm(site)).toEqual({ longitude: "bothCoordinates" });
    expect(validateSiteForm({ ...site, latitude: "95", longitude: "120.1" })).toEqual({ latitude: "latitude" });
    expect(toSiteRequest({ ...site, longitude: "120.1551" })).toEqual({
      label: "仓库",
      address: "文三路 100 号",
      latitude: 30.2741,
      longitude: 120.1551,
    });
    expect(toSiteRequest({ ...site, latitude: "" })).toEqual({ label: "仓库", address: "文三路 100 号" });
  });
});
