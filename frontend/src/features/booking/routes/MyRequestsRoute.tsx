import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { useMyRequests } from "../api/booking";
import { BookingFacts } from "../components/BookingFacts";
import { StageSteps } from "../components/StageSteps";
import { useBookingFormat } from "../components/use-booking-format";
import { bookingPath } from "../model/paths";

/** A signed-in customer's own requests, newest first, as they would see each on its tracking page. */
export function MyRequestsRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const format = useBookingFormat(useTenantFormat().timeZone);
  const requests = useMyRequests();
  const slug = me.tenant?.slug;

  return (
    <div className="mobile-page">
      <PageHeader
        title={t("booking.mine.title")}
        actions={
          slug && (
            <Link to={bookingPath(slug)} className="button button--primary">
              {t("booking.mine.book")}
            </Link>
          )
        }
      />
      {requests.isPending && <Loading />}
      {requests.isError && <ProblemAlert error={requests.error} />}
      {requests.data && requests.data.items.length === 0 && <p className="empty">{t("booking.mine.none")}</p>}
      {requests.data && requests.data.items.length > 0 && (
        <ul className="job-list">
          {requests.data.items.map((request) => (
            <li key={request.number}>
              <article className="panel my-request" aria-labelledby={`request-${request.number}`}>
                <h2 id={`request-${request.number}`} className="panel__title">
                  {request.number} · {t(`booking.stage.${request.stage}`)}
                </h2>
                <StageSteps stage={request.stage} />
                <BookingFacts booking={request} format={format} />
              </article>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
