import { DownloadOutlined } from "@ant-design/icons";
import { Button, Card, Divider, Empty, Flex, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { useMyRequests, useMyServiceReport, type BookingStatus, type FreeSlot } from "../api/booking";
import { useMyBookingOptions } from "../api/my-account";
import { BookingFacts } from "../components/BookingFacts";
import { BookingSignOffForm } from "../components/BookingSignOffForm";
import { CancelDialog } from "../components/CancelDialog";
import { FeedbackDialog } from "../components/FeedbackDialog";
import { RescheduleForm } from "../components/RescheduleForm";
import { StageSteps } from "../components/StageSteps";
import { WorkSummary } from "../components/WorkSummary";
import { useBookingFormat } from "../components/use-booking-format";
import { myBookingPath } from "../model/my-booking-form";
import type { BookingFormat } from "../model/zoned-format";

/** A signed-in customer's own requests, newest first, as they would see each on its tracking page. */
export function MyRequestsRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useBookingFormat(useTenantFormat().timeZone);
  const requests = useMyRequests();
  // The free slots to move a visit to: read only when some request may still move.
  const movable = requests.data?.items.some((request) => request.canReschedule) ?? false;
  const options = useMyBookingOptions(movable);
  const book = (
    <Button
      type="primary"
      href={myBookingPath()}
      onClick={(event) => {
        event.preventDefault();
        void navigate(myBookingPath());
      }}
    >
      {t("booking.mine.book")}
    </Button>
  );

  return (
    <>
      <PageHeader title={t("booking.mine.title")} actions={book} />
      {requests.isPending && <Loading />}
      {requests.isError && <ProblemAlert error={requests.error} />}
      {requests.data && requests.data.items.length === 0 && <Empty description={t("booking.mine.none")}>{book}</Empty>}
      {requests.data && requests.data.items.length > 0 && (
        <Flex vertical gap={16} component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {requests.data.items.map((request) => (
            <li key={request.number}>
              <Card
                size="small"
                role="article"
                aria-labelledby={`request-${request.number}`}
                title={
                  <h2 id={`request-${request.number}`} style={{ margin: 0, fontSize: 16 }}>
                    {request.number} · {t(`booking.stage.${request.stage}`)}
                  </h2>
                }
              >
                <StageSteps stage={request.stage} />
                <BookingFacts booking={request} format={format} />
                {request.hasServiceReport && request.workOrderId && (
                  <ServiceReportDownload number={request.number} workOrderId={request.workOrderId} />
                )}
                <RequestActions request={request} freeSlots={options.data?.slots} format={format} />
              </Card>
            </li>
          ))}
        </Flex>
      )}
    </>
  );
}

/** Stages after the installer came: only then is there a visit to complain about. */
const VISITED = new Set<BookingStatus["stage"]>(["IN_PROGRESS", "AWAITING_SIGN_OFF", "DONE"]);

/** What the customer may do with one request now, as the server's flags say; feedback is always possible. */
function RequestActions({
  request,
  freeSlots,
  format,
}: {
  request: BookingStatus;
  freeSlots: readonly FreeSlot[] | undefined;
  format: BookingFormat;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<"move" | "cancel" | "signOff" | "objection" | "complaint" | null>(null);
  const target = { myRequest: request.number };
  const canMove = request.canReschedule && freeSlots !== undefined;
  const close = () => setOpen(null);

  return (
    <>
      <Divider style={{ margin: "12px 0" }} />
      {request.changeDeadline && (canMove || request.canCancel) && (
        <Typography.Paragraph type="secondary">
          {t("booking.track.changeUntil", { deadline: format.dateTime(request.changeDeadline) })}
        </Typography.Paragraph>
      )}
      {open === "move" && freeSlots ? (
        <RescheduleForm
          target={target}
          slots={freeSlots}
          current={request.appointment ?? request.preferredSlot}
          format={format}
          onDone={close}
        />
      ) : open === "signOff" ? (
        <Flex vertical gap={8}>
          <Typography.Paragraph type="secondary">{t("booking.signOff.intro")}</Typography.Paragraph>
          {request.work && <WorkSummary work={request.work} />}
          <BookingSignOffForm target={target} />
          <Button onClick={close}>{t("common.cancel")}</Button>
        </Flex>
      ) : (
        <Flex
          gap={8}
          wrap
          role="group"
          aria-label={t("booking.account.requests.actionsOf", { number: request.number })}
        >
          {request.canSignOff && (
            <Button type="primary" onClick={() => setOpen("signOff")}>
              {t("booking.account.requests.signOff")}
            </Button>
          )}
          {canMove && <Button onClick={() => setOpen("move")}>{t("booking.reschedule.open")}</Button>}
          <Button onClick={() => setOpen("objection")}>{t("booking.account.objection.open")}</Button>
          {VISITED.has(request.stage) && (
            <Button onClick={() => setOpen("complaint")}>{t("booking.account.complaint.open")}</Button>
          )}
          {request.canCancel && (
            <Button danger onClick={() => setOpen("cancel")}>
              {t("booking.cancel.open")}
            </Button>
          )}
        </Flex>
      )}
      {open === "cancel" && <CancelDialog target={target} number={request.number} onClose={close} />}
      {(open === "objection" || open === "complaint") && (
        <FeedbackDialog kind={open} number={request.number} onClose={close} />
      )}
    </>
  );
}

/** The signed service report of one request, downloaded with the customer's session. */
function ServiceReportDownload({ number, workOrderId }: Pick<BookingStatus, "number"> & { workOrderId: string }) {
  const { t } = useTranslation();
  const download = useMyServiceReport();
  return (
    <Flex vertical gap={8} style={{ marginTop: 12 }}>
      <Button
        block
        icon={<DownloadOutlined aria-hidden />}
        loading={download.isPending}
        aria-label={t("booking.report.downloadOf", { number })}
        onClick={() => download.mutate({ workOrderId, number })}
      >
        {t("booking.report.download")}
      </Button>
      {download.isError && <ProblemAlert error={download.error} />}
    </Flex>
  );
}
