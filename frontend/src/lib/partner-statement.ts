import type { Schema } from "./api/schema-types";

export type PartnerStatement = Schema<"PartnerStatement">;
export type PartnerStatementStatus = Schema<"PartnerStatementStatus">;

/** One line of a statement's summary: what it is, how many (days, complaints), at which percent, the amount. */
export interface StatementRow {
  key: "gross" | "delay" | "complaints" | "damage" | "net";
  amount: string;
  /** Units (gross), delay days or verified complaints. */
  count?: number;
  /** The agreements' percent(s), e.g. "5" or "5 / 3" when the counted orders come under different agreements. */
  percent?: string;
  /** A deduction, shown with a minus sign. */
  deduction: boolean;
}

/** "5.00" → "5", "2.50" → "2.5": a percent as people write it. */
export function plainPercent(value: string): string {
  const number = Number(value);
  return Number.isFinite(number) ? String(number) : value;
}

function percents(values: readonly string[]): string | undefined {
  const distinct = [...new Set(values.map(plainPercent))];
  return distinct.length > 0 ? distinct.join(" / ") : undefined;
}

/**
 * The statement's summary top to bottom: gross, the three deductions and net, with the days, complaints and the
 * percent used (from the lines: each line carries its agreement's terms).
 */
export function statementRows(statement: PartnerStatement): StatementRow[] {
  const delayPercent = percents(
    statement.lines.filter((line) => line.daysLate > 0).map((line) => line.delayDeductionPercentPerDay),
  );
  const complaintPercent = percents(
    statement.lines.filter((line) => line.complaints > 0).map((line) => line.complaintDeductionPercent),
  );
  return [
    { key: "gross", amount: statement.gross, count: statement.units, deduction: false },
    {
      key: "delay",
      amount: statement.delayDeduction,
      count: statement.delayDays,
      ...(delayPercent ? { percent: delayPercent } : {}),
      deduction: true,
    },
    {
      key: "complaints",
      amount: statement.complaintDeduction,
      count: statement.complaints,
      ...(complaintPercent ? { percent: complaintPercent } : {}),
      deduction: true,
    },
    { key: "damage", amount: statement.damageDeduction, deduction: true },
    { key: "net", amount: statement.net, deduction: false },
  ];
}

/** A net below zero: the partner owes the tenant. */
export function partnerOwes(statement: Pick<PartnerStatement, "net">): boolean {
  return Number(statement.net) < 0;
}

/** What a statement still allows: a draft is recomputed, confirmed or deleted; a confirmed one is paid. */
export function statementSteps(status: PartnerStatementStatus): ("recompute" | "confirm" | "delete" | "pay")[] {
  switch (status) {
    case "DRAFT":
      return ["recompute", "confirm", "delete"];
    case "CONFIRMED":
      return ["pay"];
    case "PAID":
      return [];
  }
}
