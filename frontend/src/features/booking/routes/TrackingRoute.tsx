import { DownloadOutlined, UserAddOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Flex, Typography } from "antd";
import { useEffect, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { adoptTenantLanguage } from "@/i18n";
import { ApiError } from "@/lib/api/problem";
import { serviceReportUrl, useBooking, useBookingOptions, type BookingStatus, type FreeSlot } from "../api/booking";
import { BookingFacts } from "../components/BookingFacts";
import { BookingSignOffForm } from "../components/BookingSignOffForm";
import { CancelDialog } from "../components/CancelDialog";
import { ConfirmAction } from "../components/ConfirmAction";
import { RescheduleForm } from "../components/RescheduleForm";
import { StageSteps } from "../components/StageSteps";
import { WorkSummary } from "../components/WorkSummary";
import { useBookingFormat } from "../components/use-booking-format";
import { signUpPath } from "../model/paths";
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
    <>
      <PageHeader
        title={status ? t("booking.track.title", { number: status.number }) : t("booking.track.titlePlain")}
        description={status?.tenantName}
      />
      {booking.isPending && <Loading />}
      {unknown && <Alert type="error" showIcon role="alert" title={t("booking.track.unknown")} />}
      {booking.isError && !unknown && (
        <ProblemAlert error={booking.error}>
          <Button onClick={() => void booking.refetch()}>{t("app.retry")}</Button>
        </ProblemAlert>
      )}
      {status && (
        <Tracking trackingCode={trackingCode} status={status} freeSlots={options.data?.slots} format={format} />
      )}
    </>
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
      <Section id="tracking-stage" title={t(`booking.stage.${status.stage}`)}>
        <Typography.Paragraph type="secondary">{t(`booking.stageText.${status.stage}`)}</Typography.Paragraph>
        <StageSteps stage={status.stage} />
      </Section>

      <Section id="tracking-facts" title={t("booking.track.facts")}>
        <BookingFacts booking={status} format={format} />
        {status.canConfirm && <ConfirmAction trackingCode={trackingCode} />}
      </Section>

      {status.hasServiceReport && (
        <Section id="tracking-report" title={t("booking.report.title")}>
          <Typography.Paragraph type="secondary">{t("booking.report.intro")}</Typography.Paragraph>
          {/* A public file: the browser downloads it itself, under the server's name. */}
          <Button
            type="primary"
            size="large"
            block
            icon={<DownloadOutlined aria-hidden />}
            href={serviceReportUrl(trackingCode)}
            download
          >
            {t("booking.report.download")}
          </Button>
        </Section>
      )}

      {status.canSignOff && (
        <Section id="tracking-sign-off" title={t("booking.signOff.title")}>
          <Typography.Paragraph type="secondary">{t("booking.signOff.intro")}</Typography.Paragraph>
          {status.work && <WorkSummary work={status.work} />}
          <BookingSignOffForm target={{ trackingCode }} />
        </Section>
      )}

      {hasChanges && (
        <Section id="tracking-changes" title={t("booking.track.changes")}>
          {status.changeDeadline && (
            <Typography.Paragraph type="secondary">
              {t("booking.track.changeUntil", { deadline: format.dateTime(status.changeDeadline) })}
            </Typography.Paragraph>
          )}
          {rescheduling && freeSlots ? (
            <RescheduleForm
              target={{ trackingCode }}
              slots={freeSlots}
              current={status.appointment ?? status.preferredSlot}
              format={format}
              onDone={() => setRescheduling(false)}
            />
          ) : (
            <Flex gap={8} wrap>
              {canReschedule && <Button onClick={() => setRescheduling(true)}>{t("booking.reschedule.open")}</Button>}
              {status.canCancel && (
                <Button danger onClick={() => setCancelling(true)}>
                  {t("booking.cancel.open")}
                </Button>
              )}
            </Flex>
          )}
        </Section>
      )}
      {cancelling && (
        <CancelDialog target={{ trackingCode }} number={status.number} onClose={() => setCancelling(false)} />
      )}

      <Section id="tracking-account" title={t("booking.track.account")}>
        <Typography.Paragraph type="secondary">{t("booking.track.accountIntro")}</Typography.Paragraph>
        {/* Another public page: a plain link, loaded like the tracking link was. */}
        <Button block icon={<UserAddOutlined aria-hidden />} href={signUpPath(status.tenantSlug)}>
          {t("booking.track.accountOpen")}
        </Button>
      </Section>
    </>
  );
}

/** A titled part of the page, named by its heading for assistive technology. */
function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card
      role="region"
      aria-labelledby={id}
      size="small"
      style={{ marginBottom: 16 }}
      title={
        <h2 id={id} style={{ margin: 0, fontSize: 16 }}>
          {title}
        </h2>
      }
    >
      {children}
    </Card>
  );
}
