import { useTranslation } from "react-i18next";
import { faultCategoryWords } from "@/lib/fault-category";
import type { EarlyWarning } from "../api/quality";
import { warningPeriodOf } from "../model/early-warning";

/** A warning in words: "冷柜 K-200 · 不制冷 · 一个月内 4 次 (2026-12)", with its parts for the detail page. */
export function useWarningText() {
  const { t } = useTranslation();
  const category = (warning: EarlyWarning) => warning.faultCategoryName ?? faultCategoryWords(warning.faultCategory);
  const period = (warning: EarlyWarning) => {
    const of = warningPeriodOf(warning);
    switch (of.kind) {
      case "month":
        return of.month;
      case "quarter":
        return t("quality.quarter", { year: of.year, quarter: of.quarter });
      case "months":
        return `${of.from} – ${of.to}`;
    }
  };
  const recurrence = (warning: EarlyWarning) => {
    const of = warningPeriodOf(warning);
    return t(`quality.ruleText.${warning.rule}`, {
      times: warning.occurrences,
      months: of.kind === "months" ? of.months : 0,
    });
  };
  const summary = (warning: EarlyWarning) =>
    `${warning.productName} · ${category(warning)} · ${recurrence(warning)} (${period(warning)})`;
  return { category, period, recurrence, summary };
}
