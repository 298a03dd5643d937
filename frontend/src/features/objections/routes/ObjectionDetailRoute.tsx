import { ArrowLeftOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { DetailLayout } from "@/components/DetailLayout";
import { Loading } from "@/components/Loading";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useObjection, type Objection } from "../api/objections";
import { useObjectionFacts, useObjectionTimeline } from "../components/ObjectionFacts";
import { EscalatedBadge, ObjectionStatusBadge } from "../components/ObjectionStatusBadge";
import { ObjectionSteps } from "../components/ObjectionSteps";

/** One objection: what the customer said, the deadline, and the commitment and resolution still to record. */
export function ObjectionDetailRoute() {
  const { t } = useTranslation();
  const { objectionId = "" } = useParams();
  const detail = useObjection(objectionId);
  if (!detail.data) {
    return (
      <>
        {detail.isPending && <Loading />}
        {detail.isError && <ProblemAlert error={detail.error} />}
        <Link to="/objections">
          <ArrowLeftOutlined /> {t("objections.back")}
        </Link>
      </>
    );
  }
  return <ObjectionDetail objection={detail.data} />;
}

function ObjectionDetail({ objection }: { objection: Objection }) {
  const { t } = useTranslation();
  const facts = useObjectionFacts(objection);
  const timeline = useObjectionTimeline(objection);
  return (
    <DetailLayout
      title={`${objection.number} · ${objection.customerName}`}
      tags={
        <>
          <ObjectionStatusBadge status={objection.status} />
          {objection.escalated && <EscalatedBadge />}
        </>
      }
      actions={
        <Link to="/objections">
          <ArrowLeftOutlined /> {t("objections.back")}
        </Link>
      }
      factsTitle={t("objections.detail.facts")}
      facts={facts}
      timeline={timeline}
    >
      {/* A fresh set of forms after each step. */}
      <ObjectionSteps key={objection.version} objection={objection} />
    </DetailLayout>
  );
}
