import type { EarlyWarning } from "../api/quality";

/** The period a warning counted, as people say it: the month, the quarter, or the run of months. */
export type WarningPeriod =
  | { kind: "month"; month: string }
  | { kind: "quarter"; year: string; quarter: number }
  | { kind: "months"; from: string; to: string; months: number };

export function warningPeriodOf(warning: Pick<EarlyWarning, "rule" | "periodStart" | "periodEnd">): WarningPeriod {
  const from = warning.periodStart.slice(0, 7);
  const to = warning.periodEnd.slice(0, 7);
  switch (warning.rule) {
    case "MONTHLY":
      return { kind: "month", month: from };
    case "QUARTERLY":
      return { kind: "quarter", year: from.slice(0, 4), quarter: Math.floor((Number(from.slice(5, 7)) - 1) / 3) + 1 };
    case "CONSECUTIVE_MONTHS": {
      const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
      return { kind: "months", from, to, months: monthIndex(to) - monthIndex(from) + 1 };
    }
  }
}
