import { DownloadOutlined } from "@ant-design/icons";
import { Button, Card, Empty, Flex } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { useMyRequests, useMyServiceReport, type BookingStatus } from "../api/booking";
import { BookingFacts } from "../components/BookingFacts";
import { StageSteps } from "../components/StageSteps";
import { useBookingFormat } from "../components/use-booking-format";
import { bookingPath } from "../model/paths";

/** A signed-in customer's own requests, newest first, as they would see each on its tracking page. */
export function MyRequestsRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const format = useBookingFormat(useTenantFormat().timeZone);
  const requests = useMyRequests();
  const slug = me.tenant?.slug;
  const book = slug && (
    <Button
      type="primary"
      href={bookingPath(slug)}
      onClick={(event) => {
        event.preventDefault();
        void navigate(bookingPath(slug));
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
              </Card>
            </li>
          ))}
        </Flex>
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
