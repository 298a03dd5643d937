import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { PartnerStatementView } from "@/components/PartnerStatementView";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useMyPartnerStatement } from "../api/portal";

/** One of the partner's statements with its lines. */
export function PartnerStatementDetailRoute() {
  const { t } = useTranslation();
  const { statementId = "" } = useParams();
  const detail = useMyPartnerStatement(statementId);
  return (
    <>
      <PageHeader
        title={detail.data?.number ?? t("partners.statement.title")}
        actions={
          <Link to="/partner/statements" className="button">
            {t("partnerPortal.statements.back")}
          </Link>
        }
      />
      {detail.isPending && <Loading />}
      {detail.isError && <ProblemAlert error={detail.error} />}
      {detail.data && <PartnerStatementView statement={detail.data} />}
    </>
  );
}
