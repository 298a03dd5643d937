/** Validation messages shared by the forms; each is an i18n key under "validation". */
export type ValidationKey =
  | "required"
  | "username"
  | "email"
  | "slug"
  | "loginPrefix"
  | "personName"
  | "rolesRequired"
  | "timeZone"
  | "currency"
  | "passwordLength"
  | "integrationName"
  | "phone";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// The API's pattern for Keycloak usernames it creates.
const USERNAME = /^[a-z0-9][a-z0-9._-]{1,62}[a-z0-9]$/;

// The contract's phone pattern: digits with spaces, dashes, brackets and a leading +, at least 5 digits.
const PHONE = /^(?=(?:[^0-9]*[0-9]){5})\+?[0-9 ()-]{5,30}$/;

export function isPhone(text: string): boolean {
  return PHONE.test(text.trim());
}

// The API's rule for first and last names: letters of any script, digits, spaces, . ' - and the middle dot.
const PERSON_NAME = /^(?:[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} .'\u00B7-]*)?$/u;

export function isPersonName(text: string): boolean {
  const name = text.trim();
  return name.length <= 100 && PERSON_NAME.test(name);
}

export function isUsername(text: string): boolean {
  return USERNAME.test(text.trim());
}

export function isEmail(text: string): boolean {
  return EMAIL.test(text.trim());
}

export function isBlank(text: string | null | undefined): boolean {
  return !text || text.trim() === "";
}

/** The first invalid control (by name) in document order gets the focus after a failed submit. */
export function focusFirstInvalid(form: HTMLFormElement | null, invalidNames: string[]): void {
  if (!form || invalidNames.length === 0) return;
  const names = new Set(invalidNames);
  const first = Array.from(form.elements).find(
    (element): element is HTMLElement =>
      element instanceof HTMLElement && names.has(element.getAttribute("name") ?? ""),
  );
  first?.focus();
}
