import { isAmount, isZeroAmount, toAmount } from "@/lib/money";
import { isBlank } from "@/lib/validation";
import type { PayAdjustmentRequest, PayComponent, PayrollLine, PayrollRow } from "../api/payroll";

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month ("2026-03") a date ("2026-03-05") falls in. */
export function monthOfDate(date: string): string {
  return date.slice(0, 7);
}

/** The month from the page's URL, or the current month of the tenant. */
export function payMonthOf(search: URLSearchParams, today: string): string {
  const month = search.get("month");
  return month && MONTH.test(month) ? month : monthOfDate(today);
}

/** "2026-03" moved by n months ("2026-01", -1 → "2025-12"). */
export function shiftMonth(month: string, months: number): string {
  const match = MONTH.exec(month);
  if (!match) return month;
  const index = Number(match[1]) * 12 + Number(match[2]) - 1 + months;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The sheet's money columns in reading order: what is paid, what is deducted, the net, and reimbursements beside it. */
export const PAY_COLUMNS = [
  "baseSalary",
  "allowances",
  "rewards",
  "fines",
  "costCharges",
  "adjustments",
  "netPay",
  "reimbursements",
] as const satisfies readonly (keyof PayrollRow)[];

export type PayColumn = (typeof PAY_COLUMNS)[number];

/** The drill-down's order of components, as the sheet reads. */
export const PAY_COMPONENTS = [
  "BASE_SALARY",
  "ALLOWANCE",
  "REWARD",
  "FINE",
  "COST_CHARGE",
  "ADJUSTMENT",
  "REIMBURSEMENT",
] as const satisfies readonly PayComponent[];

/** Components that reduce the net pay: their positive amounts are shown with a minus. */
export const DEDUCTIONS: readonly PayComponent[] = ["FINE", "COST_CHARGE"];

/** Cents of a decimal string, exactly ("-20.5" → -2050n); money is never summed in floating point. */
export function toCents(amount: string): bigint {
  const trimmed = amount.trim();
  const negative = trimmed.startsWith("-");
  const [whole = "0", fraction = ""] = (negative ? trimmed.slice(1) : trimmed).split(".");
  const cents = BigInt(whole || "0") * 100n + BigInt((fraction + "00").slice(0, 2));
  return negative ? -cents : cents;
}

export function fromCents(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  return `${negative ? "-" : ""}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
}

export interface LineGroup {
  component: PayComponent;
  lines: PayrollLine[];
  /** Sum of the lines as paid, two decimals. */
  subtotal: string;
}

/** A person's lines by component in the sheet's order, oldest first within each, with each component's subtotal. */
export function groupLines(lines: readonly PayrollLine[]): LineGroup[] {
  return PAY_COMPONENTS.map((component) => {
    const own = lines
      .filter((line) => line.component === component)
      .sort((a, b) => (a.occurredOn ?? "").localeCompare(b.occurredOn ?? ""));
    const subtotal = own.reduce((sum, line) => sum + toCents(line.amount), 0n);
    return { component, lines: own, subtotal: fromCents(subtotal) };
  }).filter((group) => group.lines.length > 0);
}

/** A message key: "required" under "validation", the others under "payroll.errors". */
export type AdjustmentProblem = "required" | "amount" | "nonZero";

export interface AdjustmentForm {
  personId: string;
  amount: string;
  reason: string;
}

export function emptyAdjustmentForm(personId = ""): AdjustmentForm {
  return { personId, amount: "", reason: "" };
}

export function validateAdjustment(form: AdjustmentForm): Record<string, AdjustmentProblem> {
  const problems: Record<string, AdjustmentProblem> = {};
  if (isBlank(form.personId)) problems.personId = "required";
  if (isBlank(form.amount)) problems.amount = "required";
  else if (!isAmount(form.amount, true)) problems.amount = "amount";
  else if (isZeroAmount(form.amount)) problems.amount = "nonZero";
  if (isBlank(form.reason)) problems.reason = "required";
  return problems;
}

export function toAdjustment(form: AdjustmentForm): PayAdjustmentRequest {
  return { personId: form.personId, amount: toAmount(form.amount), reason: form.reason.trim() };
}
