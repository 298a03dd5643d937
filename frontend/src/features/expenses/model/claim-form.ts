import { normalizeFieldPath, type FieldErrors } from "@/lib/api/problem";
import { isBlank } from "@/lib/validation";
import type { ExpenseCategory, ExpenseClaim, ReceiptInput, SubmitExpenseClaimRequest } from "../api/expenses";

export const EXPENSE_CATEGORIES = [
  "FUEL",
  "TOLL",
  "MATERIALS",
  "LOCAL_TRANSPORT",
  "LODGING",
  "OTHER",
] as const satisfies readonly ExpenseCategory[];

/** Problems found before sending; each is an i18n key under "expenses.problems" (or validation.required). */
export type ClaimProblem = "required" | "money" | "positive" | "date" | "uuid" | "overrideReason";
export type Problems = Record<string, ClaimProblem>;

export const RECEIPT_FIELDS = [
  "category",
  "amount",
  "date",
  "place",
  "receiptNumber",
  "receiptAttachmentId",
  "override",
] as const;
export type ReceiptField = (typeof RECEIPT_FIELDS)[number];

const MONEY = /^\d{1,9}(\.\d{1,2})?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ReceiptLine {
  category: ExpenseCategory | "";
  amount: string;
  date: string;
  place: string;
  receiptNumber: string;
  receiptAttachmentId: string;
  /** A manager accepts a place or date that does not match the trip, with a reason. */
  override: boolean;
  overrideReason: string;
}

export interface ClaimForm {
  tripId: string;
  /** The installer claimed for, when a manager claims on someone's behalf; "" for an installer's own claim. */
  personId: string;
  receipts: ReceiptLine[];
}

/** A new line; its date and place start as the trip's (its first day, its destination) when known. */
export function emptyReceipt(trip?: { firstDay: string; destination: string }): ReceiptLine {
  return {
    category: "",
    amount: "",
    date: trip?.firstDay ?? "",
    place: trip?.destination ?? "",
    receiptNumber: "",
    receiptAttachmentId: "",
    override: false,
    overrideReason: "",
  };
}

export function emptyClaimForm(tripId = ""): ClaimForm {
  return { tripId, personId: "", receipts: [emptyReceipt()] };
}

/** The form key of one receipt field, the same path the server's field errors use. */
export function receiptPath(index: number, field: ReceiptField | "override.reason"): string {
  return `receipts[${index}].${field}`;
}

export function validateClaim(form: ClaimForm, options: { onBehalf: boolean }): Problems {
  const problems: Problems = {};
  if (isBlank(form.tripId)) problems.tripId = "required";
  if (options.onBehalf && isBlank(form.personId)) problems.personId = "required";
  form.receipts.forEach((line, index) => {
    const at = (field: ReceiptField | "override.reason") => receiptPath(index, field);
    if (line.category === "") problems[at("category")] = "required";
    if (isBlank(line.amount)) problems[at("amount")] = "required";
    else if (!MONEY.test(line.amount.trim())) problems[at("amount")] = "money";
    else if (Number(line.amount) <= 0) problems[at("amount")] = "positive";
    if (isBlank(line.date)) problems[at("date")] = "required";
    else if (!DATE.test(line.date)) problems[at("date")] = "date";
    if (isBlank(line.place)) problems[at("place")] = "required";
    if (isBlank(line.receiptNumber)) problems[at("receiptNumber")] = "required";
    if (!isBlank(line.receiptAttachmentId) && !UUID.test(line.receiptAttachmentId.trim())) {
      problems[at("receiptAttachmentId")] = "uuid";
    }
    if (line.override && isBlank(line.overrideReason)) problems[at("override.reason")] = "overrideReason";
  });
  return problems;
}

export function toReceipt(line: ReceiptLine, mayOverride: boolean): ReceiptInput {
  if (line.category === "") throw new Error("validate the claim before sending it");
  return {
    category: line.category,
    amount: line.amount.trim(),
    date: line.date,
    place: line.place.trim(),
    receiptNumber: line.receiptNumber.trim(),
    ...(isBlank(line.receiptAttachmentId)
      ? {}
      : { receiptAttachmentId: line.receiptAttachmentId.trim().toLowerCase() }),
    ...(mayOverride && line.override ? { override: { reason: line.overrideReason.trim() } } : {}),
  };
}

export function toSubmitClaim(
  form: ClaimForm,
  options: { onBehalf: boolean; mayOverride: boolean },
): SubmitExpenseClaimRequest {
  return {
    tripId: form.tripId,
    ...(options.onBehalf && form.personId ? { personId: form.personId } : {}),
    receipts: form.receipts.map((line) => toReceipt(line, options.mayOverride)),
  };
}

/**
 * The server's messages for one receipt line, by field: a 422 refusal names receipts[i].place and
 * receipts[i].date, a 400 any other field of the line. "receipts.0.place" is read like "receipts[0].place".
 */
export function receiptErrors(
  server: FieldErrors,
  index: number,
): Partial<Record<ReceiptField | "override.reason", string>> {
  const prefix = `receipts[${index}].`;
  const result: Partial<Record<ReceiptField | "override.reason", string>> = {};
  for (const [path, message] of Object.entries(server)) {
    const normalized = normalizeFieldPath(path);
    if (!normalized.startsWith(prefix)) continue;
    const field = normalized.slice(prefix.length) as ReceiptField | "override.reason";
    result[field] = result[field] ? `${result[field]}; ${message}` : message;
  }
  return result;
}

/** Every field path the form shows next to a control, so the banner lists only the others. */
export function displayedPaths(form: ClaimForm): Set<string> {
  const paths = new Set(["tripId", "personId", "receipts"]);
  form.receipts.forEach((_, index) => {
    for (const field of RECEIPT_FIELDS) paths.add(receiptPath(index, field));
    paths.add(receiptPath(index, "override.reason"));
  });
  return paths;
}

/** Receipts that need the manager's eye before approving: seen on an earlier claim, or lodging above the cap. */
export function claimFlags(claim: Pick<ExpenseClaim, "receipts">): { duplicates: number; aboveCap: number } {
  return {
    duplicates: claim.receipts.filter((receipt) => receipt.duplicateOf).length,
    aboveCap: claim.receipts.filter((receipt) => receipt.aboveCap).length,
  };
}

/** What the claim still allows the manager: decide while submitted, mark paid once approved. */
export function claimSteps(status: ExpenseClaim["status"]): ("approve" | "reject" | "paid")[] {
  switch (status) {
    case "SUBMITTED":
      return ["approve", "reject"];
    case "APPROVED":
      return ["paid"];
    default:
      return [];
  }
}
