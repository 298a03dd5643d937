import { isValidTimeZone } from "@/lib/format";
import { isBlank, isEmail, isUsername, type ValidationKey } from "@/lib/validation";
import type { CreateTenantRequest, NewManagerAccount } from "../api/tenants";

/** Form state of "new tenant": the request with every optional property present. */
export type NewTenantForm = Required<Omit<CreateTenantRequest, "manager">> & { manager: Required<NewManagerAccount> };

export const SLUG = /^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$/;
/** The tenant's login prefix (optional; the server defaults it to the slug). */
export const LOGIN_PREFIX = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}[A-Za-z0-9])?$/;
export const LOCALES = ["zh-CN", "en"] as const satisfies readonly NewTenantForm["locale"][];

export function emptyTenantForm(): NewTenantForm {
  return {
    slug: "",
    loginPrefix: "",
    name: "",
    timeZone: "Asia/Shanghai",
    locale: "zh-CN",
    currency: "CNY",
    // Empty: the server derives it (CN for mainland China's time zones, else none).
    country: "",
    manager: { username: "", email: "", firstName: "", lastName: "", password: "", temporaryPassword: true },
  };
}

/** Problems keyed by JSON path ("slug", "manager.email"), the same keys the server's errors use. */
export function validateTenantForm(form: NewTenantForm): Record<string, ValidationKey> {
  const problems: Record<string, ValidationKey> = {};
  if (isBlank(form.slug)) problems.slug = "required";
  else if (!SLUG.test(form.slug.trim())) problems.slug = "slug";
  if (!isBlank(form.loginPrefix) && !LOGIN_PREFIX.test(form.loginPrefix.trim())) problems.loginPrefix = "loginPrefix";
  if (isBlank(form.name)) problems.name = "required";
  if (isBlank(form.timeZone)) problems.timeZone = "required";
  else if (!isValidTimeZone(form.timeZone.trim())) problems.timeZone = "timeZone";
  if (!/^[A-Z]{3}$/.test(form.currency.trim())) problems.currency = "currency";
  if (isBlank(form.manager.username)) problems["manager.username"] = "required";
  else if (!isUsername(form.manager.username)) problems["manager.username"] = "username";
  if (isBlank(form.manager.email)) problems["manager.email"] = "required";
  else if (!isEmail(form.manager.email)) problems["manager.email"] = "email";
  if (isBlank(form.manager.password)) problems["manager.password"] = "required";
  else if (form.manager.password.length < 8) problems["manager.password"] = "passwordLength";
  return problems;
}

export function toCreateTenantRequest(form: NewTenantForm): CreateTenantRequest {
  const manager: NewManagerAccount = {
    username: form.manager.username.trim(),
    email: form.manager.email.trim(),
    password: form.manager.password,
    temporaryPassword: form.manager.temporaryPassword,
  };
  if (!isBlank(form.manager.firstName)) manager.firstName = form.manager.firstName.trim();
  if (!isBlank(form.manager.lastName)) manager.lastName = form.manager.lastName.trim();
  const request: CreateTenantRequest = {
    slug: form.slug.trim(),
    name: form.name.trim(),
    timeZone: form.timeZone.trim(),
    locale: form.locale,
    currency: form.currency.trim(),
    ...(isBlank(form.country) ? {} : { country: form.country.trim().toUpperCase() }),
    manager,
  };
  if (!isBlank(form.loginPrefix)) request.loginPrefix = form.loginPrefix.trim().toLowerCase();
  return request;
}

/** Suggestions for the time zone field; any IANA zone the browser knows is accepted. */
export function knownTimeZones(): string[] {
  const common = ["Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore", "Asia/Tokyo", "UTC"];
  const supported =
    typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : ([] as string[]);
  return [...new Set([...common, ...supported])];
}

/** "UTC+08:00": a zone's offset from UTC now, to tell zones of one region apart in the picker. */
export function utcOffsetOf(timeZone: string, at: Date = new Date()): string {
  try {
    const part = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
      .formatToParts(at)
      .find((piece) => piece.type === "timeZoneName")?.value;
    if (!part || part === "GMT") return "UTC+00:00";
    return part.replace("GMT", "UTC");
  } catch {
    return "";
  }
}

/** Currencies a franchise in the region most likely keeps its books in, offered first. */
const COMMON_CURRENCIES = ["CNY", "HKD", "MOP", "TWD", "SGD", "USD", "EUR", "JPY", "KRW", "GBP"];

/** The ISO 4217 codes to choose from: the common ones first, then every one the browser knows. */
export function knownCurrencies(): string[] {
  const supported =
    typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("currency") : ([] as string[]);
  return [...new Set([...COMMON_CURRENCIES, ...supported])];
}

/** "人民币" / "Chinese Yuan": a currency's name in the UI's language, or nothing where the browser has none. */
export function currencyName(code: string, locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: "currency" }).of(code);
    return name && name !== code ? name : "";
  } catch {
    return "";
  }
}
