import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useServiceRequest } from "../api/service-requests";
import { OutcomeBar } from "../components/OutcomeBar";
import { RequestFacts, WorkOrderLink } from "../components/RequestFacts";

/** One request: what the caller wanted, and while it is open, the three ways to end it. */
export function ServiceRequestDetailRoute() {
  const { t } = useTranslation();
  const { serviceRequestId = "" } = useParams();
  const detail = useServiceRequest(serviceRequestId);
  const request = detail.data;

  return (
    <>
      <PageHeader
        title={
          request
            ? `${request.number} · ${t(`serviceRequests.category.${request.category}`)}`
            : t("serviceRequests.detail.title")
        }
        actions={
          <>
            <Link to="/intake" className="button">
              {t("nav.intake")}
            </Link>
            <Link to="/service-requests" className="button">
              {t("serviceRequests.back")}
            </Link>
          </>
        }
      />
      {detail.isPending && <Loading />}
      {detail.isError && <ProblemAlert error={detail.error} />}
      {request && (
        <>
          {request.workOrderId && (
            <div className="alert alert--ok" role="status">
              <p className="alert__headline">{t("serviceRequests.converted")}</p>
              <WorkOrderLink workOrderId={request.workOrderId} />
            </div>
          )}
          <RequestFacts request={request} />
          {request.status === "OPEN" && <OutcomeBar request={request} />}
        </>
      )}
    </>
  );
}
