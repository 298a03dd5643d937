import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { bookingFormat, type BookingFormat } from "../model/zoned-format";

/** {@link bookingFormat} in the UI's language. */
export function useBookingFormat(timeZone: string): BookingFormat {
  const { i18n } = useTranslation();
  return useMemo(() => bookingFormat(timeZone, i18n.language), [timeZone, i18n.language]);
}
