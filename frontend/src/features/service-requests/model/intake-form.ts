import { isBlank, isPhone } from "@/lib/validation";
import type {
  CreateServiceRequest,
  CustomerKind,
  ServiceRequestCategory,
  ServiceRequestChannel,
} from "../api/service-requests";

export const CHANNELS = ["PHONE", "LETTER", "VISIT", "WEB", "API"] as const satisfies readonly ServiceRequestChannel[];
/** Channels a person registers; API requests come from integrations. */
export const INTAKE_CHANNELS = ["PHONE", "LETTER", "VISIT", "WEB"] as const satisfies readonly ServiceRequestChannel[];
export const CATEGORIES = [
  "INSTALLATION",
  "FAULT",
  "MAINTENANCE",
  "CONSULTATION",
  "PRICE_INQUIRY",
  "COMPLAINT",
] as const satisfies readonly ServiceRequestCategory[];
export const CUSTOMER_KINDS = ["PERSON", "COMPANY"] as const satisfies readonly CustomerKind[];

/** A caller who is not a customer yet: registered together with the request. */
export interface NewCustomerInput {
  kind: CustomerKind;
  name: string;
  phone: string;
  /** The first site's address; may stay empty for a question asked on the phone. */
  siteAddress: string;
}

export interface IntakeForm {
  channel: ServiceRequestChannel;
  /** The customer found by the search, or "" (then `newCustomer` is given). */
  customerId: string;
  newCustomer: NewCustomerInput | null;
  /** One of the customer's assets, or "". */
  assetId: string;
  category: ServiceRequestCategory | "";
  description: string;
}

export function emptyIntakeForm(): IntakeForm {
  return { channel: "PHONE", customerId: "", newCustomer: null, assetId: "", category: "", description: "" };
}

/** A new customer filled in from what the search was given: a phone number or a name. */
export function newCustomerFrom(typed: string): NewCustomerInput {
  const text = typed.trim();
  const phoneLike = /^[0-9 +()-]+$/.test(text);
  return { kind: "PERSON", name: phoneLike ? "" : text, phone: phoneLike ? text : "", siteAddress: "" };
}

export type IntakeProblem = "required" | "phone";

/** The JSON path of the new customer's first site address, where the server reports its problems too. */
export const NEW_SITE_ADDRESS = "newCustomer.sites[0].address";

/** Problems keyed by the request's JSON path ("newCustomer.phone"), the keys of the server's field errors. */
export function validateIntakeForm(form: IntakeForm): Record<string, IntakeProblem> {
  const problems: Record<string, IntakeProblem> = {};
  if (form.newCustomer) {
    if (isBlank(form.newCustomer.name)) problems["newCustomer.name"] = "required";
    if (isBlank(form.newCustomer.phone)) problems["newCustomer.phone"] = "required";
    else if (!isPhone(form.newCustomer.phone)) problems["newCustomer.phone"] = "phone";
  } else if (isBlank(form.customerId)) {
    problems.customerId = "required";
  }
  if (form.category === "") problems.category = "required";
  if (isBlank(form.description)) problems.description = "required";
  return problems;
}

/** The body of POST /api/v1/service-requests for a valid form; `siteLabel` names the new customer's first site. */
export function toCreateServiceRequest(form: IntakeForm, siteLabel: string): CreateServiceRequest {
  if (form.category === "") throw new Error("validate the intake form before sending it");
  const request: CreateServiceRequest = {
    channel: form.channel,
    category: form.category,
    description: form.description.trim(),
  };
  if (form.newCustomer) {
    const { kind, name, phone, siteAddress } = form.newCustomer;
    request.newCustomer = {
      kind,
      name: name.trim(),
      phone: phone.trim(),
      ...(isBlank(siteAddress) ? {} : { sites: [{ label: siteLabel, address: siteAddress.trim() }] }),
    };
  } else {
    request.customerId = form.customerId;
    if (form.assetId) request.assetId = form.assetId;
  }
  return request;
}
