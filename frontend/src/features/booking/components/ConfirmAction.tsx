import { useTranslation } from "react-i18next";
import { useBookingAction } from "../api/booking";
import { BookingActionProblem } from "./BookingActionProblem";

/** The customer confirms the appointment the office set, so nobody has to call to check. */
export function ConfirmAction({ trackingCode }: { trackingCode: string }) {
  const { t } = useTranslation();
  const mutation = useBookingAction(trackingCode);
  return (
    <div className="action">
      <p className="action__hint">{t("booking.confirm.hint")}</p>
      <BookingActionProblem error={mutation.error} />
      <button
        type="button"
        className="button button--primary button--large"
        disabled={mutation.isPending}
        onClick={() => mutation.mutate({ action: "confirm" })}
      >
        {mutation.isPending ? t("common.saving") : t("booking.confirm.submit")}
      </button>
    </div>
  );
}
