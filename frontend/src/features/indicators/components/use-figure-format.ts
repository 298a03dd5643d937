import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useTenantFormat } from "@/lib/current-user";
import type { FigureFormat } from "../model/kpis";

/** How figures read in the UI's language and the tenant's currency. */
export function useFigureFormat(): FigureFormat {
  const { t, i18n } = useTranslation();
  const { currency } = useTenantFormat();
  return useMemo(
    () => ({
      locale: i18n.language,
      currency,
      words: {
        hours: (value) => t("indicators.units.hours", { value }),
        score: (value) => t("indicators.units.score", { value }),
        perHundred: (value) => t("indicators.units.perHundred", { value }),
        points: (value) => t("indicators.units.points", { value }),
      },
    }),
    [t, i18n.language, currency],
  );
}
