import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DataTable, keysetTable } from "@/components/DataTable";
import { ListPage } from "@/components/ListPage";
import { PartnerStatementStatusBadge } from "@/components/PartnerStatementView";
import { useTenantFormat } from "@/lib/current-user";
import { useMyPartnerStatements, type PartnerStatementSummary } from "../api/portal";

/** The partner's confirmed and paid statements (drafts stay with the tenant). */
export function PartnerStatementsRoute() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const statements = useMyPartnerStatements();
  const columns: ColumnsType<PartnerStatementSummary> = [
    {
      title: t("partners.statement.number"),
      dataIndex: "number",
      rowScope: "row",
      render: (number: string, statement) => (
        <Link to={`/partner/statements/${statement.id}`}>
          <strong>{number}</strong>
        </Link>
      ),
    },
    {
      title: t("partners.statement.period"),
      key: "period",
      render: (_, statement) => `${statement.periodFrom} – ${statement.periodTo}`,
    },
    {
      title: t("partners.statement.status"),
      dataIndex: "status",
      render: (status: PartnerStatementSummary["status"]) => <PartnerStatementStatusBadge status={status} />,
    },
    { title: t("partners.fields.units"), dataIndex: "units", align: "right", responsive: ["md"] },
    {
      title: t("partners.statement.rowNames.gross"),
      dataIndex: "gross",
      align: "right",
      responsive: ["md"],
      render: (amount: string) => format.money(amount),
    },
    {
      title: t("partners.statement.rowNames.net"),
      dataIndex: "net",
      align: "right",
      render: (amount: string) => format.money(amount),
    },
  ];
  return (
    <ListPage title={t("partnerPortal.statements.title")} description={t("partnerPortal.statements.description")}>
      <DataTable<PartnerStatementSummary>
        caption={t("partnerPortal.statements.title")}
        columns={columns}
        rowKey="id"
        empty={{ description: t("partnerPortal.statements.empty") }}
        {...keysetTable(statements)}
      />
    </ListPage>
  );
}
