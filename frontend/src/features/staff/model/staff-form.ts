import { isBlank, isEmail, isPersonName, isUsername, type ValidationKey } from "@/lib/validation";
import type { CreateStaffUserRequest } from "../api/users";

/** Form state of "new staff user": the request with every optional property present. */
export type NewStaffUserForm = Required<CreateStaffUserRequest>;

export function emptyStaffUserForm(): NewStaffUserForm {
  return {
    username: "",
    email: "",
    firstName: "",
    lastName: "",
    roles: ["installer"],
    password: "",
    temporaryPassword: true,
  };
}

export function validateStaffUserForm(form: NewStaffUserForm): Partial<Record<keyof NewStaffUserForm, ValidationKey>> {
  const problems: Partial<Record<keyof NewStaffUserForm, ValidationKey>> = {};
  if (isBlank(form.username)) problems.username = "required";
  else if (!isUsername(form.username)) problems.username = "username";
  if (isBlank(form.email)) problems.email = "required";
  else if (!isEmail(form.email)) problems.email = "email";
  if (!isPersonName(form.firstName)) problems.firstName = "personName";
  if (!isPersonName(form.lastName)) problems.lastName = "personName";
  if (form.roles.length === 0) problems.roles = "rolesRequired";
  if (isBlank(form.password)) problems.password = "required";
  else if (form.password.length < 8) problems.password = "passwordLength";
  return problems;
}

export function toCreateStaffUserRequest(form: NewStaffUserForm): CreateStaffUserRequest {
  const request: CreateStaffUserRequest = {
    username: form.username.trim(),
    email: form.email.trim(),
    roles: [...form.roles],
    password: form.password,
    temporaryPassword: form.temporaryPassword,
  };
  if (!isBlank(form.firstName)) request.firstName = form.firstName.trim();
  if (!isBlank(form.lastName)) request.lastName = form.lastName.trim();
  return request;
}
