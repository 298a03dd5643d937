import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { BookingStatus } from "../api/booking";
import { RATING_ASPECTS } from "../model/sign-off-form";
import type { BookingFormat } from "../model/zoned-format";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** When, who and what of a booking, as far as it is known yet. */
export function BookingFacts({ booking, format }: { booking: BookingStatus; format: BookingFormat }) {
  const { t } = useTranslation();
  return (
    <dl className="facts booking-facts">
      <Fact label={t("booking.fields.service")}>{t(`booking.service.${booking.service}`)}</Fact>
      {booking.appointment ? (
        <Fact label={t("booking.track.appointment")}>
          <strong>{format.window(booking.appointment)}</strong>
        </Fact>
      ) : (
        booking.preferredSlot && (
          <Fact label={t("booking.track.preferredSlot")}>
            {format.window(booking.preferredSlot)} <span className="muted small">{t("booking.track.notYetScheduled")}</span>
          </Fact>
        )
      )}
      {booking.installerName && <Fact label={t("booking.track.installer")}>{booking.installerName}</Fact>}
      {booking.promisedBy && <Fact label={t("booking.track.promisedBy")}>{format.dateTime(booking.promisedBy)}</Fact>}
      {booking.confirmedAt && <Fact label={t("booking.track.confirmedAt")}>{format.dateTime(booking.confirmedAt)}</Fact>}
      {booking.changeDeadline && (booking.canReschedule || booking.canCancel) && (
        <Fact label={t("booking.track.changeDeadline")}>{format.dateTime(booking.changeDeadline)}</Fact>
      )}
      {booking.ratings && (
        <Fact label={t("booking.track.yourRatings")}>
          {RATING_ASPECTS.map((aspect) => (
            <span key={aspect} className="chip">
              {t(`booking.signOff.ratings.${aspect}`)} {t("booking.signOff.ratingValue", { value: booking.ratings![aspect] })}
            </span>
          ))}
        </Fact>
      )}
      <Fact label={t("booking.fields.problem")}>
        <span className="booking-facts__problem">{booking.problem}</span>
      </Fact>
    </dl>
  );
}
