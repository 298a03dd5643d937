import { useTranslation } from "react-i18next";
import type { BookingStatus } from "../api/booking";

/** What the installer reported, for the customer to check before signing. */
export function WorkSummary({ work }: { work: NonNullable<BookingStatus["work"]> }) {
  const { t } = useTranslation();
  return (
    <dl className="facts booking-facts">
      {work.faultCause && (
        <>
          <dt>{t("booking.work.faultCause")}</dt>
          <dd>{work.faultCause}</dd>
        </>
      )}
      {work.solution && (
        <>
          <dt>{t("booking.work.solution")}</dt>
          <dd>{work.solution}</dd>
        </>
      )}
      <dt>{t("booking.work.partsReplaced")}</dt>
      <dd>{work.partsReplaced && work.partsReplaced.length > 0 ? work.partsReplaced.join("、") : t("booking.work.noParts")}</dd>
    </dl>
  );
}
