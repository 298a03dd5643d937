import { ArrowLeftOutlined } from "@ant-design/icons";
import { Button } from "antd";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { LinkButton } from "@/components/LinkButton";
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
          <LinkButton to="/partner/statements" icon={<ArrowLeftOutlined aria-hidden />}>
            {t("partnerPortal.statements.back")}
          </LinkButton>
        }
      />
      {detail.isPending && <Loading />}
      {detail.isError && (
        <ProblemAlert error={detail.error}>
          <Button onClick={() => void detail.refetch()}>{t("common.retry")}</Button>
        </ProblemAlert>
      )}
      {detail.data && <PartnerStatementView statement={detail.data} />}
    </>
  );
}
