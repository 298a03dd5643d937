import { describe, expect, it } from "vitest";
import { emptyTenantForm, toCreateTenantRequest, validateTenantForm } from "./tenant-form";

describe("new tenant form", () => {
  const filled = () => {
    const form = emptyTenantForm();
    form.slug = "shanghai-north";
    form.name = "上海北区加盟店";
    form.manager = { ...form.manager, username: "wang", email: "wang@example.com", password: "initial-pass" };
    return form;
  };

  it("defaults to Asia/Shanghai, zh-CN and CNY", () => {
    expect(toCreateTenantRequest(filled())).toMatchObject({
      slug: "shanghai-north",
      timeZone: "Asia/Shanghai",
      locale: "zh-CN",
      currency: "CNY",
      manager: { username: "wang", temporaryPassword: true },
    });
    expect(validateTenantForm(filled())).toEqual({});
  });

  it("checks the slug pattern of the API", () => {
    for (const slug of ["ab", "-abc", "abc-", "ABC", "a_b_c", "a".repeat(41)]) {
      expect(validateTenantForm({ ...filled(), slug }).slug, slug).toBe("slug");
    }
    for (const slug of ["abc", "a-1", "a".repeat(40)]) {
      expect(validateTenantForm({ ...filled(), slug }).slug, slug).toBeUndefined();
    }
  });

  it("keys manager problems like the server: manager.email", () => {
    const form = filled();
    form.manager.email = "not-an-email";
    form.timeZone = "Mars/Olympus";
    form.currency = "rmb";
    expect(validateTenantForm(form)).toEqual({
      "manager.email": "email",
      timeZone: "timeZone",
      currency: "currency",
    });
  });
});
