import { Card, Flex, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import { DataTable, keysetTable } from "@/components/DataTable";
import type { Schema } from "@/lib/api/schema-types";
import { useImportErrors, type ImportJob } from "../api/imports";

type ImportError = Schema<"ImportRowError">;

/** Why rows were not imported: the spreadsheet's row number, the column and the reason. */
export function ImportErrors({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const errors = useImportErrors(job.id, job.failedRows);
  if (job.failedRows === 0) return null;
  const title = t("imports.errors.title", { count: job.failedRows });
  const columns: ColumnsType<ImportError> = [
    { key: "row", title: t("imports.errors.row"), render: (_, error) => error.row },
    {
      key: "field",
      title: t("imports.errors.field"),
      render: (_, error) =>
        error.field === "row" ? t("imports.errors.wholeRow") : <Typography.Text code>{error.field}</Typography.Text>,
    },
    { key: "message", title: t("imports.errors.message"), render: (_, error) => error.message },
  ];
  return (
    <Card size="small" title={title} role="region" aria-label={title}>
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t("imports.errors.hint")}</Typography.Text>
        <DataTable<ImportError>
          caption={title}
          columns={columns}
          rowKey={(error) => `${error.row}-${error.field}-${error.message}`}
          empty={{ description: "—" }}
          {...keysetTable(errors)}
        />
      </Flex>
    </Card>
  );
}
