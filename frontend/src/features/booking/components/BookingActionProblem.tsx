import { Alert } from "antd";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { isProblemType } from "@/lib/api/problem";

/**
 * A failed action on the tracking page. When the booking no longer allows it (the installer left, the cut-off
 * passed) the customer is told so; the page shows what may be done now.
 */
export function BookingActionProblem({
  error,
  displayedFields,
}: {
  error: unknown;
  displayedFields?: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  if (!error) return null;
  if (isProblemType(error, "booking-not-changeable")) {
    return <Alert type="warning" showIcon role="alert" title={t("booking.track.notChangeable")} />;
  }
  return <ProblemAlert error={error} displayedFields={displayedFields} />;
}
