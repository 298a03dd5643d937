import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { adoptTenantLanguage } from "@/i18n";
import { ApiError } from "@/lib/api/problem";
import { useBooking, useBookingOptions, type BookingStatus, type FreeSlot } from "../api/booking";
import { BookingFacts } from "../components/BookingFacts";
import { BookingSignOffForm } from "../components/BookingSignOffForm";
import { CancelDialog } from "../components/CancelDialog";
import { ConfirmAction } from "../components/ConfirmAction";
import { RescheduleForm } from "../components/RescheduleForm";
import { StageSteps } from "../components/StageSteps";
import { WorkSummary } from "../components/WorkSummary";
import { useBookingFormat } from "../components/use-booking-format";
import { deviceTimeZone, type BookingFormat } from "../model/zoned-format";

/**
 * A booking as its customer follows it through the tracking link: where it stands, when and who comes, and what
 * the customer may do now (confirm, move, cancel, sign off), as the server's flags say.
 */
export function TrackingRoute() {
  const { t } = useTranslation();
  const { trackingCode = "" } = useParams();
  const booking = useBooking(trackingCode);
  const status = booking.data;
  // The tenant's booking page gives its time zone and language, and the free slots to move to.
  const options = useBookingOptions(status?.tenantSlug);
  const format = useBookingFormat(options.data?.timeZone ?? deviceTimeZone());
  const locale = options.data?.locale;

  useEffect(() => adoptTenantLanguage(locale), [locale]);

  const unknown = booking.error instanceof ApiError && booking.error.status === 404;

  return (
    <div className="public-page">
      <PageHeader
        title={status ? t("booking.track.title", { number: status.number }) : t("booking.track.titlePlain")}
        description={status?.tenantName}
      />
      {booking.isPending && <Loading />}
      {unknown && (
        <div className="alert alert--error" role="alert">
          <p className="alert__headline">{t("booking.track.unknown")}</p>
        </div>
      )}
      {booking.isError && !unknown && (
        <ProblemAlert error={booking.error}>
          <button type="button" className="button" onClick={() => void booking.refetch()}>
            {t("app.retry")}
          </button>
        </ProblemAlert>
      )}
      {status && (
        <Tracking
          trackingCode={trackingCode}
          status={status}
          freeSlots={options.data?.slots}
          format={format}
        />
      )}
    </div>
  );
}

interface TrackingProps {
  trackingCode: string;
  status: BookingStatus;
  /** Undefined until the tenant's booking options are read: moving the visit is offered only then. */
  freeSlots: readonly FreeSlot[] | undefined;
  format: BookingFormat;
}

function Tracking({ trackingCode, status, freeSlots, format }: TrackingProps) {
  const { t } = useTranslation();
  const [rescheduling, setRescheduling] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const canReschedule = status.canReschedule && freeSlots !== undefined;
  const hasChanges = canReschedule || status.canCancel;

  return (
    <>
      <section className="panel" aria-labelledby="tracking-stage">
        <h2 id="tracking-stage" className="panel__title">
          {t(`booking.stage.${status.stage}`)}
        </h2>
        <p className="panel__description">{t(`booking.stageText.${status.stage}`)}</p>
        <StageSteps stage={status.stage} />
      </section>

      <section className="panel" aria-labelledby="tracking-facts">
        <h2 id="tracking-facts" className="panel__title">
          {t("booking.track.facts")}
        </h2>
        <BookingFacts booking={status} format={format} />
        {status.canConfirm && <ConfirmAction trackingCode={trackingCode} />}
      </section>

      {status.canSignOff && (
        <section className="panel" aria-labelledby="tracking-sign-off">
          <h2 id="tracking-sign-off" className="panel__title">
            {t("booking.signOff.title")}
          </h2>
          <p className="panel__description">{t("booking.signOff.intro")}</p>
          {status.work && <WorkSummary work={status.work} />}
          <BookingSignOffForm trackingCode={trackingCode} />
        </section>
      )}

      {hasChanges && (
        <section className="panel" aria-labelledby="tracking-changes">
          <h2 id="tracking-changes" className="panel__title">
            {t("booking.track.changes")}
          </h2>
          {status.changeDeadline && (
            <p className="panel__description">
              {t("booking.track.changeUntil", { deadline: format.dateTime(status.changeDeadline) })}
            </p>
          )}
          {rescheduling && freeSlots ? (
            <RescheduleForm
              trackingCode={trackingCode}
              slots={freeSlots}
              current={status.appointment ?? status.preferredSlot}
              format={format}
              onDone={() => setRescheduling(false)}
            />
          ) : (
            <div className="action-bar">
              {canReschedule && (
                <button type="button" className="button" onClick={() => setRescheduling(true)}>
                  {t("booking.reschedule.open")}
                </button>
              )}
              {status.canCancel && (
                <button type="button" className="button button--danger" onClick={() => setCancelling(true)}>
                  {t("booking.cancel.open")}
                </button>
              )}
            </div>
          )}
        </section>
      )}
      {cancelling && (
        <CancelDialog trackingCode={trackingCode} number={status.number} onClose={() => setCancelling(false)} />
      )}
    </>
  );
}
