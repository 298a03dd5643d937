import { Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DataTable, keysetTable } from "@/components/DataTable";
import { SelectFilter } from "@/components/FilterItems";
import { ListPage } from "@/components/ListPage";
import { useTenantFormat } from "@/lib/current-user";
import { useUrlFilters } from "@/lib/use-url-filters";
import { useEarlyWarnings, WARNING_STATUSES, type EarlyWarning } from "../api/quality";
import { useWarningText } from "../components/warning-text";
import { WarningTags } from "../components/WarningTags";

/** The manager's early warnings of recurring faults: those not yet closed first, or those of one status. */
export function EarlyWarningsRoute() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const text = useWarningText();
  const { search, choose } = useUrlFilters();
  const status = WARNING_STATUSES.find((value) => value === search.get("status"));
  const warnings = useEarlyWarnings(status);
  const columns: ColumnsType<EarlyWarning> = [
    {
      title: t("quality.warnings.fields.what"),
      key: "what",
      render: (_, warning) => (
        <>
          <Link to={`/early-warnings/${warning.id}`}>{text.summary(warning)}</Link>
          <br />
          <Typography.Text type="secondary">{warning.number}</Typography.Text>
        </>
      ),
    },
    {
      title: t("quality.warnings.fields.status"),
      key: "status",
      render: (_, warning) => <WarningTags warning={warning} />,
    },
    {
      title: t("quality.warnings.fields.raisedAt"),
      dataIndex: "raisedAt",
      responsive: ["md"],
      render: (at: string) => format.dateTime(at),
    },
  ];

  return (
    <ListPage
      title={t("quality.warnings.title")}
      description={t("quality.warnings.description")}
      filtersLabel={t("quality.warnings.filter")}
      filters={
        <SelectFilter
          label={t("quality.warnings.fields.status")}
          placeholder={t("quality.warnings.notClosed")}
          value={status}
          onChange={(value) => choose("status", value)}
          options={WARNING_STATUSES.map((value) => ({ value, label: t(`quality.warningStatus.${value}`) }))}
        />
      }
    >
      <DataTable<EarlyWarning>
        caption={t("quality.warnings.title")}
        columns={columns}
        rowKey="id"
        empty={{ description: status ? t("quality.warnings.noMatch") : t("quality.warnings.empty") }}
        {...keysetTable(warnings)}
      />
    </ListPage>
  );
}
