import { Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { DataTable, keysetTable } from "@/components/DataTable";
import { ListPage } from "@/components/ListPage";
import { useTenantFormat } from "@/lib/current-user";
import { useStaffNames } from "@/lib/staff-names";
import { useImports, type ImportJob } from "../api/imports";
import { ImportStatusBadge } from "../components/ImportStatusBadge";
import { UploadForm } from "../components/UploadForm";
import { progressPercent } from "../model/import-job";

/** Upload a spreadsheet of customers or assets, and the imports done before. */
export function ImportsRoute() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const nameOf = useStaffNames();
  const navigate = useNavigate();
  const imports = useImports();
  const columns: ColumnsType<ImportJob> = [
    {
      key: "createdAt",
      title: t("imports.fields.createdAt"),
      render: (_, job) => (
        <Link to={`/imports/${job.id}`}>
          <strong>{format.dateTime(job.createdAt)}</strong>
        </Link>
      ),
    },
    { key: "kind", title: t("imports.fields.kind"), render: (_, job) => t(`imports.kind.${job.kind}`) },
    {
      key: "status",
      title: t("imports.fields.status"),
      render: (_, job) => (
        <>
          <ImportStatusBadge status={job.status} />
          {job.status === "RUNNING" && `${progressPercent(job)}%`}
        </>
      ),
    },
    { key: "totalRows", title: t("imports.fields.totalRows"), responsive: ["md"], render: (_, job) => job.totalRows },
    {
      key: "createdRows",
      title: t("imports.fields.createdRows"),
      responsive: ["md"],
      render: (_, job) => job.createdRows,
    },
    {
      key: "failedRows",
      title: t("imports.fields.failedRows"),
      render: (_, job) => (
        <Typography.Text type={job.failedRows > 0 ? "danger" : undefined}>{job.failedRows}</Typography.Text>
      ),
    },
    {
      key: "createdBy",
      title: t("imports.fields.createdBy"),
      responsive: ["md"],
      render: (_, job) => nameOf(job.createdBy),
    },
  ];

  return (
    <ListPage
      title={t("imports.title")}
      description={t("imports.description")}
      extra={<UploadForm onUploaded={(job) => navigate(`/imports/${job.id}`)} />}
    >
      <DataTable<ImportJob>
        caption={t("imports.earlier")}
        title={() => <Typography.Text strong>{t("imports.earlier")}</Typography.Text>}
        columns={columns}
        rowKey="id"
        empty={{ description: t("imports.none") }}
        {...keysetTable(imports)}
      />
    </ListPage>
  );
}
