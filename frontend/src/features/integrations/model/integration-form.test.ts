import { describe, expect, it } from "vitest";
import {
  NAME_MAX_LENGTH,
  emptyIntegrationClientForm,
  toCreateIntegrationClientRequest,
  validateIntegrationClientForm,
} from "./integration-form";

describe("new integration client form", () => {
  it("starts empty and requires a name", () => {
    expect(validateIntegrationClientForm(emptyIntegrationClientForm())).toEqual({ name: "required" });
    expect(validateIntegrationClientForm({ name: "   " })).toEqual({ name: "required" });
  });

  it("accepts the characters the API accepts, Chinese included", () => {
    for (const name of ["ERP order sync", "金蝶 ERP (订单同步)", "crm_v2.0-prod", "a".repeat(NAME_MAX_LENGTH)]) {
      expect(validateIntegrationClientForm({ name }), name).toEqual({});
    }
  });

  it("rejects other characters and names longer than the API allows", () => {
    for (const name of ["ERP/CRM", "sync: orders", "订单，同步", "a".repeat(NAME_MAX_LENGTH + 1)]) {
      expect(validateIntegrationClientForm({ name }), name).toEqual({ name: "integrationName" });
    }
  });

  it("sends the name without surrounding spaces", () => {
    expect(validateIntegrationClientForm({ name: "  ERP  " })).toEqual({});
    expect(toCreateIntegrationClientRequest({ name: "  ERP  " })).toEqual({ name: "ERP" });
  });
});
