import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { LoadMore } from "@/components/LoadMore";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { PartnerStatementStatusBadge } from "@/components/PartnerStatementView";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { useMyPartnerStatements } from "../api/portal";

/** The partner's confirmed and paid statements (drafts stay with the tenant). */
export function PartnerStatementsRoute() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const statements = useMyPartnerStatements();
  const items = statements.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <PageHeader title={t("partnerPortal.statements.title")} description={t("partnerPortal.statements.description")} />
      {statements.isPending && <Loading />}
      {statements.isError && <ProblemAlert error={statements.error} />}
      {statements.isSuccess && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t("partnerPortal.statements.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("partners.statement.number")}</th>
                <th scope="col">{t("partners.statement.period")}</th>
                <th scope="col">{t("partners.statement.status")}</th>
                <th scope="col">{t("partners.fields.units")}</th>
                <th scope="col">{t("partners.statement.rowNames.gross")}</th>
                <th scope="col">{t("partners.statement.rowNames.net")}</th>
              </tr>
            </thead>
            <tbody>
              {items.length === 0 ? (
                <tr>
                  <td colSpan={6} className="empty">
                    {t("common.noItems")}
                  </td>
                </tr>
              ) : (
                items.map((statement) => (
                  <tr key={statement.id}>
                    <td className="nowrap">
                      <Link to={`/partner/statements/${statement.id}`} className="strong">
                        {statement.number}
                      </Link>
                    </td>
                    <td className="nowrap">
                      {statement.periodFrom} – {statement.periodTo}
                    </td>
                    <td>
                      <PartnerStatementStatusBadge status={statement.status} />
                    </td>
                    <td>{statement.units}</td>
                    <td className="nowrap">{format.money(statement.gross)}</td>
                    <td className="nowrap">{format.money(statement.net)}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore
        hasMore={statements.hasNextPage}
        loading={statements.isFetchingNextPage}
        onLoadMore={() => void statements.fetchNextPage()}
      />
    </>
  );
}
