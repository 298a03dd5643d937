import { ArrowLeftOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { DetailLayout } from "@/components/DetailLayout";
import { Loading } from "@/components/Loading";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useComplaint, type Complaint } from "../api/complaints";
import { useComplaintFacts, useComplaintTimeline } from "../components/ComplaintFacts";
import { ComplaintStatusBadge } from "../components/ComplaintStatusBadge";
import { ComplaintSteps } from "../components/ComplaintSteps";

/** One complaint: what was said, the answer's deadline, and the investigation, decision and closing still to record. */
export function ComplaintDetailRoute() {
  const { t } = useTranslation();
  const { complaintId = "" } = useParams();
  const detail = useComplaint(complaintId);
  if (!detail.data) {
    return (
      <>
        {detail.isPending && <Loading />}
        {detail.isError && <ProblemAlert error={detail.error} />}
        <Link to="/complaints">
          <ArrowLeftOutlined /> {t("complaints.back")}
        </Link>
      </>
    );
  }
  return <ComplaintDetail complaint={detail.data} />;
}

function ComplaintDetail({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const facts = useComplaintFacts(complaint);
  const timeline = useComplaintTimeline(complaint);
  return (
    <DetailLayout
      title={`${complaint.number} · ${t(`complaints.category.${complaint.category}`)}`}
      tags={<ComplaintStatusBadge status={complaint.status} />}
      actions={
        <Link to="/complaints">
          <ArrowLeftOutlined /> {t("complaints.back")}
        </Link>
      }
      factsTitle={t("complaints.detail.facts")}
      facts={facts}
      timeline={timeline}
    >
      {/* A fresh set of forms after each step. */}
      <ComplaintSteps key={complaint.version} complaint={complaint} />
    </DetailLayout>
  );
}
