import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { PartnerStatementView } from "@/components/PartnerStatementView";
import { ProblemAlert } from "@/components/ProblemAlert";
import { isStaleVersion } from "@/lib/api/problem";
import { useTenantFormat } from "@/lib/current-user";
import { statementSteps } from "@/lib/partner-statement";
import { usePartnerStatement, useStatementExport, useStatementStep, type PartnerStatement } from "../api/partners";

function StatementActions({ partnerId, statement }: { partnerId: string; statement: PartnerStatement }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const step = useStatementStep(partnerId, statement);
  const download = useStatementExport(partnerId, statement);
  return (
    <section className="panel" aria-label={t("partners.statement.actions")}>
      <div className="action-bar">
        {statementSteps(statement.status).map((name) => (
          <button
            key={name}
            type="button"
            className={name === "delete" ? "button button--danger" : name === "recompute" ? "button" : "button button--primary"}
            disabled={step.isPending}
            onClick={() => {
              if (name === "delete" && !window.confirm(t("partners.statement.confirmDelete"))) return;
              step.mutate(name, {
                onSuccess: () => {
                  if (name === "delete") navigate(`/partners/${partnerId}?tab=statements`);
                },
              });
            }}
          >
            {t(`partners.statement.steps.${name}`)}
          </button>
        ))}
        <button type="button" className="button" disabled={download.isPending} onClick={() => download.mutate("xlsx")}>
          {t("partners.statement.downloadXlsx")}
        </button>
        <button type="button" className="button" disabled={download.isPending} onClick={() => download.mutate("pdf")}>
          {t("partners.statement.downloadPdf")}
        </button>
      </div>
      {isStaleVersion(step.error) ? (
        <p className="alert alert--warning" role="alert">
          {t("partners.statement.changed")}
        </p>
      ) : (
        <ProblemAlert error={step.error} />
      )}
      <ProblemAlert error={download.error} />
    </section>
  );
}

/** A settlement statement of a partner, with the steps its status allows and its XLSX and PDF. */
export function PartnerStatementRoute() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const { partnerId = "", statementId = "" } = useParams();
  const detail = usePartnerStatement(partnerId, statementId);
  const statement = detail.data;
  return (
    <>
      <PageHeader
        title={statement ? `${statement.number} · ${statement.partnerName ?? ""}` : t("partners.statement.title")}
        description={
          statement
            ? t("partners.statement.computedAt", { at: format.dateTime(statement.computedAt) })
            : undefined
        }
        actions={
          <Link to={`/partners/${partnerId}?tab=statements`} className="button">
            {t("partners.statement.back")}
          </Link>
        }
      />
      {detail.isPending && <Loading />}
      {detail.isError && <ProblemAlert error={detail.error} />}
      {statement && (
        <>
          <StatementActions key={statement.version} partnerId={partnerId} statement={statement} />
          <PartnerStatementView statement={statement} />
        </>
      )}
    </>
  );
}
