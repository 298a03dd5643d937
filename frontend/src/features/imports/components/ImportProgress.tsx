import { Alert, Card, Descriptions, Flex, Progress, Typography, type ProgressProps } from "antd";
import { useTranslation } from "react-i18next";
import { useTenantFormat } from "@/lib/current-user";
import { useStaffNames } from "@/lib/staff-names";
import type { ImportJob, ImportStatus } from "../api/imports";
import { progressPercent } from "../model/import-job";
import { ImportStatusBadge } from "./ImportStatusBadge";

const PROGRESS_STATUS: Record<ImportStatus, ProgressProps["status"]> = {
  QUEUED: "normal",
  RUNNING: "active",
  DONE: "success",
  FAILED: "exception",
};

/** A bar a person can watch while the rows are imported, with the counts behind it. */
export function ImportProgress({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const nameOf = useStaffNames();
  const percent = progressPercent(job);
  const rows = t("imports.progress.rows", { processed: job.processedRows, total: job.totalRows });
  const title = t("imports.progress.title");
  return (
    <Card
      size="small"
      title={title}
      extra={<ImportStatusBadge status={job.status} />}
      role="region"
      aria-label={title}
      style={{ marginBottom: 16 }}
    >
      <Flex vertical gap={12}>
        <Progress
          percent={percent}
          status={PROGRESS_STATUS[job.status]}
          aria-label={t("imports.progress.bar")}
          aria-valuetext={rows}
          format={() => `${percent}% · ${rows}`}
        />
        <Typography.Text type="secondary" role="status">
          {t(`imports.progress.hint.${job.status}`)}
        </Typography.Text>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, xl: 3 }}
          items={[
            { key: "totalRows", label: t("imports.fields.totalRows"), children: job.totalRows },
            { key: "processedRows", label: t("imports.fields.processedRows"), children: job.processedRows },
            {
              key: "createdRows",
              label: t("imports.fields.createdRows"),
              children: <Typography.Text type="success">{job.createdRows}</Typography.Text>,
            },
            {
              key: "failedRows",
              label: t("imports.fields.failedRows"),
              children: (
                <Typography.Text type={job.failedRows > 0 ? "danger" : undefined}>{job.failedRows}</Typography.Text>
              ),
            },
            {
              key: "createdBy",
              label: t("imports.fields.createdBy"),
              children: `${nameOf(job.createdBy)} · ${format.dateTime(job.createdAt)}`,
            },
            {
              key: "finishedAt",
              label: t("imports.fields.finishedAt"),
              children: job.finishedAt ? format.dateTime(job.finishedAt) : "—",
            },
          ]}
        />
        {job.failureReason && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t("imports.progress.failed")}
            description={job.failureReason}
          />
        )}
      </Flex>
    </Card>
  );
}
