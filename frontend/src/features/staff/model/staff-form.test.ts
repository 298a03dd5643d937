import { describe, expect, it } from "vitest";
import { emptyStaffUserForm, toCreateStaffUserRequest, validateStaffUserForm } from "./staff-form";

describe("new staff user form", () => {
  const filled = () => ({
    ...emptyStaffUserForm(),
    username: " li.si ",
    email: "li.si@example.com",
    lastName: "李",
    password: "s3cret-pass",
    roles: ["dispatcher" as const],
  });

  it("accepts a complete form and leaves out empty names", () => {
    expect(validateStaffUserForm(filled())).toEqual({});
    expect(toCreateStaffUserRequest(filled())).toEqual({
      username: "li.si",
      email: "li.si@example.com",
      lastName: "李",
      roles: ["dispatcher"],
      password: "s3cret-pass",
      temporaryPassword: true,
    });
  });

  it("accepts only usernames Keycloak and the API accept", () => {
    expect(validateStaffUserForm({ ...filled(), username: "Li Si" }).username).toBe("username");
    expect(validateStaffUserForm({ ...filled(), username: "li.si-2" }).username).toBeUndefined();
  });

  it("refuses markup, quotes and lookups in names and accepts names of any script", () => {
    for (const bad of ["<b>x</b>", "' OR '1'='1", "${jndi:x}"]) {
      expect(validateStaffUserForm({ ...filled(), firstName: bad }).firstName).toBe("personName");
      expect(validateStaffUserForm({ ...filled(), lastName: bad }).lastName).toBe("personName");
    }
    expect(validateStaffUserForm({ ...filled(), firstName: "Mary-Ann O'Neil", lastName: "欧阳·娜娜" })).toEqual({});
  });

  it("requires username, a valid email, a role and a long enough password", () => {
    expect(validateStaffUserForm({ ...filled(), username: "", email: "nope", roles: [], password: "short" })).toEqual({
      username: "required",
      email: "email",
      roles: "rolesRequired",
      password: "passwordLength",
    });
  });
});
