import { DownloadOutlined } from "@ant-design/icons";
import { App, Button, Space } from "antd";
import { useTranslation } from "react-i18next";
import { problemText } from "@/lib/api/problem-text";
import { saveBlob } from "@/lib/download";
import { useReportDocument, type DocumentFormat, type ReportSummary } from "../api/reports";

/** The file name a download is saved under, e.g. weekly-report-2026-11-23.pdf. */
export function reportFileName(report: ReportSummary, format: DocumentFormat): string {
  return `${report.kind === "WEEKLY" ? "weekly-report" : "monthly-analysis"}-${report.periodStart}.${format}`;
}

/** PDF and XLSX of a kept report. */
export function ReportDownloads({ report, size }: { report: ReportSummary; size?: "small" }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const download = useReportDocument();
  const save = (format: DocumentFormat) =>
    download.mutate(
      { reportId: report.id, format },
      {
        onSuccess: (blob) => saveBlob(blob, reportFileName(report, format)),
        onError: (error) => void message.error(problemText(error, i18n).headline),
      },
    );
  const label = t(`reports.kind.${report.kind}`);
  return (
    <Space size={4}>
      {(["pdf", "xlsx"] as const).map((format) => (
        <Button
          key={format}
          size={size}
          icon={<DownloadOutlined aria-hidden />}
          loading={download.isPending && download.variables?.format === format}
          aria-label={t(`reports.download.${format}Of`, { report: label, from: report.periodStart })}
          onClick={() => save(format)}
        >
          {t(`reports.download.${format}`)}
        </Button>
      ))}
    </Space>
  );
}
