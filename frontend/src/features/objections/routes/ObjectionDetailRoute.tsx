import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useObjection } from "../api/objections";
import { ObjectionFacts } from "../components/ObjectionFacts";
import { ObjectionSteps } from "../components/ObjectionSteps";

/** One objection: what the customer said, the deadline, and the commitment and resolution still to record. */
export function ObjectionDetailRoute() {
  const { t } = useTranslation();
  const { objectionId = "" } = useParams();
  const detail = useObjection(objectionId);
  const objection = detail.data;
  return (
    <>
      <PageHeader
        title={objection ? `${objection.number} · ${objection.customerName}` : t("objections.detail.title")}
        actions={
          <Link to="/objections" className="button">
            {t("objections.back")}
          </Link>
        }
      />
      {detail.isPending && <Loading />}
      {detail.isError && <ProblemAlert error={detail.error} />}
      {objection && (
        <>
          <ObjectionFacts objection={objection} />
          {/* A fresh set of forms after each step. */}
          <ObjectionSteps key={objection.version} objection={objection} />
        </>
      )}
    </>
  );
}
