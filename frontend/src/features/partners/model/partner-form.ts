import { isBlank, isPhone } from "@/lib/validation";
import type {
  AssignPartnerOrderRequest,
  CreatePartnerAgreementRequest,
  CreatePartnerRequest,
  CreatePartnerStatementRequest,
} from "../api/partners";

/** Problems found before anything is sent; each is an i18n key under "partners.problems" or "validation". */
export type PartnerProblem =
  "required" | "phone" | "money" | "percent" | "integer" | "uuid" | "accountNumber" | "periodOrder";

export type Problems = Record<string, PartnerProblem>;

const MONEY = /^\d{1,9}(\.\d{1,2})?$/;
const PERCENT = /^\d{1,3}(\.\d{1,2})?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ACCOUNT = /^[0-9 -]{4,40}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isMoney(text: string): boolean {
  return MONEY.test(text.trim());
}

export function isUuid(text: string): boolean {
  return UUID.test(text.trim());
}

export interface ContactForm {
  name: string;
  phone: string;
  role: string;
}

export interface PartnerForm {
  name: string;
  contacts: ContactForm[];
  accountName: string;
  bank: string;
  accountNumber: string;
  /** Construction qualification (施工资质): its number and last valid day, both or neither. */
  qualificationNumber: string;
  qualificationValidTo: string;
}

export function emptyPartnerForm(): PartnerForm {
  return {
    name: "",
    contacts: [{ name: "", phone: "", role: "" }],
    accountName: "",
    bank: "",
    accountNumber: "",
    qualificationNumber: "",
    qualificationValidTo: "",
  };
}

/** A qualification needs both its number and its last valid day; neither means none. */
export function validateQualification(number: string, validTo: string): Problems {
  const problems: Problems = {};
  if (isBlank(number) && !isBlank(validTo)) problems.qualificationNumber = "required";
  if (!isBlank(number) && isBlank(validTo)) problems.qualificationValidTo = "required";
  return problems;
}

export function toQualification(
  number: string,
  validTo: string,
): CreatePartnerRequest["constructionQualification"] | undefined {
  return isBlank(number) || isBlank(validTo) ? undefined : { number: number.trim(), validTo };
}

/** A contact row left wholly empty is dropped, not an error. */
function isEmptyContact(contact: ContactForm): boolean {
  return isBlank(contact.name) && isBlank(contact.phone) && isBlank(contact.role);
}

export function validatePartner(form: PartnerForm): Problems {
  const problems: Problems = {};
  if (isBlank(form.name)) problems.name = "required";
  form.contacts.forEach((contact, index) => {
    if (isEmptyContact(contact)) return;
    if (isBlank(contact.name)) problems[`contacts[${index}].name`] = "required";
    if (!isBlank(contact.phone) && !isPhone(contact.phone)) problems[`contacts[${index}].phone`] = "phone";
  });
  if (!isBlank(form.accountNumber) && !ACCOUNT.test(form.accountNumber.trim())) {
    problems["bankAccount.accountNumber"] = "accountNumber";
  }
  Object.assign(problems, validateQualification(form.qualificationNumber ?? "", form.qualificationValidTo ?? ""));
  return problems;
}

function optional(text: string): string | undefined {
  return isBlank(text) ? undefined : text.trim();
}

export function toCreatePartner(form: PartnerForm): CreatePartnerRequest {
  // Contacts keep their index in the request, so the server's field paths point at the right row.
  const contacts = form.contacts
    .filter((contact) => !isEmptyContact(contact))
    .map((contact) => ({
      name: contact.name.trim(),
      ...(optional(contact.phone) ? { phone: contact.phone.trim() } : {}),
      ...(optional(contact.role) ? { role: contact.role.trim() } : {}),
    }));
  const hasBank = [form.accountName, form.bank, form.accountNumber].some((text) => !isBlank(text));
  const qualification = toQualification(form.qualificationNumber ?? "", form.qualificationValidTo ?? "");
  return {
    ...(qualification ? { constructionQualification: qualification } : {}),
    name: form.name.trim(),
    contacts,
    ...(hasBank
      ? {
          bankAccount: {
            ...(optional(form.accountName) ? { accountName: form.accountName.trim() } : {}),
            ...(optional(form.bank) ? { bank: form.bank.trim() } : {}),
            ...(optional(form.accountNumber) ? { accountNumber: form.accountNumber.trim() } : {}),
          },
        }
      : {}),
  };
}

/** An agreement: the fee and period are needed; quota and percentages default on the server when left empty. */
export interface AgreementForm {
  feePerUnit: string;
  dailyQuota: string;
  firstDay: string;
  lastDay: string;
  delayDeductionPercentPerDay: string;
  complaintDeductionPercent: string;
  technicalStandard: string;
}

export function emptyAgreementForm(): AgreementForm {
  return {
    feePerUnit: "",
    dailyQuota: "",
    firstDay: "",
    lastDay: "",
    delayDeductionPercentPerDay: "",
    complaintDeductionPercent: "",
    technicalStandard: "",
  };
}

function isPercent(text: string): boolean {
  return PERCENT.test(text.trim()) && Number(text) <= 100;
}

export function validateAgreement(form: AgreementForm): Problems {
  const problems: Problems = {};
  if (isBlank(form.feePerUnit)) problems.feePerUnit = "required";
  else if (!isMoney(form.feePerUnit)) problems.feePerUnit = "money";
  if (!isBlank(form.dailyQuota) && !/^\d{1,5}$/.test(form.dailyQuota.trim())) problems.dailyQuota = "integer";
  if (!DATE.test(form.firstDay)) problems.firstDay = "required";
  if (!DATE.test(form.lastDay)) problems.lastDay = "required";
  else if (DATE.test(form.firstDay) && form.lastDay < form.firstDay) problems.lastDay = "periodOrder";
  for (const key of ["delayDeductionPercentPerDay", "complaintDeductionPercent"] as const) {
    if (!isBlank(form[key]) && !isPercent(form[key])) problems[key] = "percent";
  }
  return problems;
}

/** Fields left empty are not sent: the server takes them from the tenant's partner settings. */
export function toCreateAgreement(form: AgreementForm): CreatePartnerAgreementRequest {
  return {
    feePerUnit: form.feePerUnit.trim(),
    firstDay: form.firstDay,
    lastDay: form.lastDay,
    ...(isBlank(form.dailyQuota) ? {} : { dailyQuota: Number(form.dailyQuota.trim()) }),
    ...(isBlank(form.delayDeductionPercentPerDay)
      ? {}
      : { delayDeductionPercentPerDay: form.delayDeductionPercentPerDay.trim() }),
    ...(isBlank(form.complaintDeductionPercent)
      ? {}
      : { complaintDeductionPercent: form.complaintDeductionPercent.trim() }),
    ...(isBlank(form.technicalStandard) ? {} : { technicalStandard: form.technicalStandard.trim() }),
  };
}

/** A work order given to the partner, by the id copied from the order's page. */
export interface AssignForm {
  workOrderId: string;
  agreementId: string;
  units: string;
  dueDate: string;
}

export function emptyAssignForm(agreementId = ""): AssignForm {
  return { workOrderId: "", agreementId, units: "1", dueDate: "" };
}

export function validateAssign(form: AssignForm): Problems {
  const problems: Problems = {};
  if (isBlank(form.workOrderId)) problems.workOrderId = "required";
  else if (!isUuid(form.workOrderId)) problems.workOrderId = "uuid";
  if (isBlank(form.agreementId)) problems.agreementId = "required";
  if (!/^\d{1,5}$/.test(form.units.trim()) || Number(form.units) < 1) problems.units = "integer";
  if (!DATE.test(form.dueDate)) problems.dueDate = "required";
  return problems;
}

export function toAssign(form: AssignForm): AssignPartnerOrderRequest {
  return {
    workOrderId: form.workOrderId.trim().toLowerCase(),
    agreementId: form.agreementId,
    units: Number(form.units.trim()),
    dueDate: form.dueDate,
  };
}

export interface DamageForm {
  amount: string;
  note: string;
}

export function validateDamage(form: DamageForm): Problems {
  const problems: Problems = {};
  if (isBlank(form.amount)) problems.amount = "required";
  else if (!isMoney(form.amount)) problems.amount = "money";
  if (isBlank(form.note)) problems.note = "required";
  return problems;
}

export interface PeriodForm {
  periodFrom: string;
  periodTo: string;
}

/** The period of a statement; by default the previous calendar month of `today`. */
export function defaultPeriod(today: string): PeriodForm {
  const [year, month] = today.split("-").map(Number) as [number, number];
  const first = new Date(Date.UTC(year, month - 2, 1));
  const last = new Date(Date.UTC(year, month - 1, 0));
  return { periodFrom: first.toISOString().slice(0, 10), periodTo: last.toISOString().slice(0, 10) };
}

export function validatePeriod(form: PeriodForm): Problems {
  const problems: Problems = {};
  if (!DATE.test(form.periodFrom)) problems.periodFrom = "required";
  if (!DATE.test(form.periodTo)) problems.periodTo = "required";
  else if (DATE.test(form.periodFrom) && form.periodTo < form.periodFrom) problems.periodTo = "periodOrder";
  return problems;
}

export function toCreateStatement(form: PeriodForm): CreatePartnerStatementRequest {
  return { periodFrom: form.periodFrom, periodTo: form.periodTo };
}
