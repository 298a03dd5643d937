import { useQuery } from "@tanstack/react-query";
import { createContext, useContext, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useApiClient } from "./api/client";
import { unwrap } from "./api/problem";
import type { Schema } from "./api/schema-types";
import {
  DEFAULT_TIME_ZONE,
  formatDate,
  formatDateTime,
  formatMoney,
  localDateOf,
  localTimeOf,
  todayIn,
} from "./format";

export type Me = Schema<"Me">;

export const meQueryKey = ["me"] as const;

export function useMeQuery() {
  const api = useApiClient();
  return useQuery({
    queryKey: meQueryKey,
    queryFn: async () => unwrap(await api.GET("/api/v1/me")),
    staleTime: 5 * 60_000,
  });
}

export const CurrentUserContext = createContext<Me | null>(null);

/** The signed-in user from GET /api/v1/me; the layout renders pages only once it is known. */
export function useCurrentUser(): Me {
  const me = useContext(CurrentUserContext);
  if (!me) {
    throw new Error("useCurrentUser outside CurrentUserContext");
  }
  return me;
}

export interface TenantFormat {
  timeZone: string;
  currency: string;
  dateTime: (iso: string) => string;
  date: (iso: string) => string;
  /** "09:30": the wall-clock time of an instant in the tenant's zone. */
  time: (iso: string) => string;
  /** "2026-03-05": the calendar date of an instant in the tenant's zone. */
  localDate: (iso: string) => string;
  /** Today's date in the tenant's zone. */
  today: () => string;
  money: (amount: string) => string;
}

/** Formatters for the signed-in user's tenant: its time zone and currency, the UI's language. */
export function useTenantFormat(): TenantFormat {
  const me = useContext(CurrentUserContext);
  const { i18n } = useTranslation();
  const timeZone = me?.tenant?.timeZone ?? DEFAULT_TIME_ZONE;
  const currency = me?.tenant?.currency ?? "CNY";
  const locale = i18n.language;
  return useMemo(
    () => ({
      timeZone,
      currency,
      dateTime: (iso) => formatDateTime(iso, timeZone, locale),
      date: (iso) => formatDate(iso, timeZone, locale),
      time: (iso) => localTimeOf(iso, timeZone),
      localDate: (iso) => localDateOf(iso, timeZone),
      today: () => todayIn(timeZone),
      money: (amount) => formatMoney(amount, currency, locale),
    }),
    [timeZone, currency, locale],
  );
}
