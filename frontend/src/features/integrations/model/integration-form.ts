import { isBlank, type ValidationKey } from "@/lib/validation";
import type { CreateIntegrationClientRequest } from "../api/integration-clients";

/** Form state of "new integration": the request itself, it has one property. */
export type NewIntegrationClientForm = CreateIntegrationClientRequest;

/** The API's rule for a name: letters, digits, spaces and . _ ( ) -, at most 100 characters. */
const NAME = /^[\p{L}\p{N} ._()-]+$/u;
export const NAME_MAX_LENGTH = 100;

export function emptyIntegrationClientForm(): NewIntegrationClientForm {
  return { name: "" };
}

export function validateIntegrationClientForm(
  form: NewIntegrationClientForm,
): Partial<Record<keyof NewIntegrationClientForm, ValidationKey>> {
  const name = form.name.trim();
  if (isBlank(name)) return { name: "required" };
  if (name.length > NAME_MAX_LENGTH || !NAME.test(name)) return { name: "integrationName" };
  return {};
}

export function toCreateIntegrationClientRequest(form: NewIntegrationClientForm): CreateIntegrationClientRequest {
  return { name: form.name.trim() };
}
