import { isBlank, isEmail, isPhone, type ValidationKey } from "@/lib/validation";
import type {
  CreateCustomerRequest,
  Customer,
  CustomerLanguage,
  CustomerContactRequest,
  CustomerKind,
  CustomerSiteRequest,
  UpdateCustomerRequest,
} from "../api/customers";

export const CUSTOMER_KINDS = ["PERSON", "COMPANY"] as const satisfies readonly CustomerKind[];
export const CUSTOMER_LANGUAGES = ["zh-CN", "en"] as const satisfies readonly CustomerLanguage[];

/** The customer's own fields; contacts and sites change through their own forms. */
export interface CustomerForm {
  kind: CustomerKind;
  name: string;
  phone: string;
  email: string;
  notes: string;
  /** The language of what the customer is sent; "" is the company's. */
  language: CustomerLanguage | "";
}

export function emptyCustomerForm(): CustomerForm {
  return { kind: "PERSON", name: "", phone: "", email: "", notes: "", language: "" };
}

export function customerFormOf(customer: Customer): CustomerForm {
  return {
    kind: customer.kind,
    name: customer.name,
    phone: customer.phone,
    email: customer.email ?? "",
    notes: customer.notes ?? "",
    language: customer.language ?? "",
  };
}

type Problems = Record<string, ValidationKey>;

/** A name, a phone with at least five digits and an optional e-mail: a customer and a contact alike. */
function validatePerson(form: { name: string; phone: string; email: string }): Problems {
  const problems: Problems = {};
  if (isBlank(form.name)) problems.name = "required";
  if (isBlank(form.phone)) problems.phone = "required";
  else if (!isPhone(form.phone)) problems.phone = "phone";
  if (!isBlank(form.email) && !isEmail(form.email)) problems.email = "email";
  return problems;
}

export function validateCustomerForm(form: CustomerForm): Problems {
  return validatePerson(form);
}

function ownFields(form: CustomerForm) {
  return {
    kind: form.kind,
    name: form.name.trim(),
    phone: form.phone.trim(),
    ...(isBlank(form.email) ? {} : { email: form.email.trim() }),
    ...(isBlank(form.notes) ? {} : { notes: form.notes.trim() }),
    ...(form.language ? { language: form.language } : {}),
  };
}

export function toCreateCustomerRequest(form: CustomerForm): CreateCustomerRequest {
  return ownFields(form);
}

/** The whole set of own fields with the version read: an emptied optional field is removed. */
export function toUpdateCustomerRequest(form: CustomerForm, version: number): UpdateCustomerRequest {
  return { version, ...ownFields(form) };
}

// --- Contacts -------------------------------------------------------------------------------------------------

export interface ContactForm {
  name: string;
  phone: string;
  email: string;
  role: string;
}

export function emptyContactForm(): ContactForm {
  return { name: "", phone: "", email: "", role: "" };
}

export function validateContactForm(form: ContactForm): Problems {
  return validatePerson(form);
}

export function toContactRequest(form: ContactForm): CustomerContactRequest {
  return {
    name: form.name.trim(),
    phone: form.phone.trim(),
    ...(isBlank(form.email) ? {} : { email: form.email.trim() }),
    ...(isBlank(form.role) ? {} : { role: form.role.trim() }),
  };
}

// --- Sites ----------------------------------------------------------------------------------------------------

export interface SiteForm {
  label: string;
  address: string;
  latitude: string;
  longitude: string;
}

export function emptySiteForm(): SiteForm {
  return { label: "", address: "", latitude: "", longitude: "" };
}

export type SiteProblem = ValidationKey | "latitude" | "longitude" | "bothCoordinates";

const NUMBER = /^-?\d{1,3}(\.\d{1,8})?$/;

function coordinate(text: string, limit: number): number | null {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed)) return null;
  const value = Number(trimmed);
  return Math.abs(value) <= limit ? value : null;
}

export function validateSiteForm(form: SiteForm): Record<string, SiteProblem> {
  const problems: Record<string, SiteProblem> = {};
  if (isBlank(form.label)) problems.label = "required";
  if (isBlank(form.address)) problems.address = "required";
  const hasLatitude = !isBlank(form.latitude);
  const hasLongitude = !isBlank(form.longitude);
  if (hasLatitude && coordinate(form.latitude, 90) === null) problems.latitude = "latitude";
  if (hasLongitude && coordinate(form.longitude, 180) === null) problems.longitude = "longitude";
  if (hasLatitude !== hasLongitude) problems[hasLatitude ? "longitude" : "latitude"] = "bothCoordinates";
  return problems;
}

export function toSiteRequest(form: SiteForm): CustomerSiteRequest {
  const latitude = coordinate(form.latitude, 90);
  const longitude = coordinate(form.longitude, 180);
  return {
    label: form.label.trim(),
    address: form.address.trim(),
    ...(latitude !== null && longitude !== null ? { latitude, longitude } : {}),
  };
}
