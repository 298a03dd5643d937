import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useComplaint } from "../api/complaints";
import { ComplaintFacts } from "../components/ComplaintFacts";
import { ComplaintSteps } from "../components/ComplaintSteps";

/** One complaint: what was said, the answer's deadline, and the investigation, decision and closing still to record. */
export function ComplaintDetailRoute() {
  const { t } = useTranslation();
  const { complaintId = "" } = useParams();
  const detail = useComplaint(complaintId);
  const complaint = detail.data;
  return (
    <>
      <PageHeader
        title={complaint ? `${complaint.number} · ${t(`complaints.category.${complaint.category}`)}` : t("complaints.detail.title")}
        actions={
          <Link to="/complaints" className="button">
            {t("complaints.back")}
          </Link>
        }
      />
      {detail.isPending && <Loading />}
      {detail.isError && <ProblemAlert error={detail.error} />}
      {complaint && (
        <>
          <ComplaintFacts complaint={complaint} />
          {/* A fresh set of forms after each step. */}
          <ComplaintSteps key={complaint.version} complaint={complaint} />
        </>
      )}
    </>
  );
}
