import { Segmented, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { DataTable, keysetTable } from "@/components/DataTable";
import { ListPage } from "@/components/ListPage";
import { useTenantFormat } from "@/lib/current-user";
import { useStaffNames } from "@/lib/staff-names";
import { useReports, type ReportKind, type ReportSummary } from "../api/reports";
import { GenerateReportForm } from "../components/GenerateReportForm";
import { ReportDownloads } from "../components/ReportDownloads";

const KINDS = ["WEEKLY", "MONTHLY"] as const satisfies readonly ReportKind[];

/** The weekly reports and monthly analyses kept so far, newest first; any past period can be generated. */
export function ReportsRoute() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const nameOf = useStaffNames();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const kindParam = params.get("kind");
  const kind = KINDS.find((k) => k === kindParam);
  const reports = useReports(kind);
  const columns: ColumnsType<ReportSummary> = [
    {
      key: "period",
      title: t("reports.fields.period"),
      render: (_, report) => (
        <Link to={`/reports/${report.id}`}>
          <strong>
            {t(`reports.kind.${report.kind}`)} · {report.periodStart} – {report.periodEnd}
          </strong>
        </Link>
      ),
    },
    {
      key: "generatedAt",
      title: t("reports.fields.generatedAt"),
      responsive: ["md"],
      render: (_, report) => format.dateTime(report.generatedAt),
    },
    {
      key: "generatedBy",
      title: t("reports.fields.generatedBy"),
      responsive: ["md"],
      render: (_, report) => (report.generatedBy === "system" ? t("reports.onSchedule") : nameOf(report.generatedBy)),
    },
    {
      key: "files",
      title: t("reports.fields.files"),
      render: (_, report) => <ReportDownloads report={report} size="small" />,
    },
  ];
  return (
    <ListPage
      title={t("reports.title")}
      description={t("reports.description")}
      extra={<GenerateReportForm onDone={(report) => navigate(`/reports/${report.id}`)} />}
      filters={
        <Segmented
          aria-label={t("reports.generate.kind")}
          value={kind ?? "ALL"}
          options={[
            { value: "ALL", label: t("reports.all") },
            ...KINDS.map((value) => ({ value, label: t(`reports.kind.${value}`) })),
          ]}
          onChange={(value) => setParams(value === "ALL" ? {} : { kind: String(value) }, { replace: true })}
        />
      }
    >
      <DataTable<ReportSummary>
        caption={t("reports.title")}
        title={() => <Typography.Text strong>{t("reports.kept")}</Typography.Text>}
        columns={columns}
        rowKey="id"
        empty={{ description: t("reports.none") }}
        {...keysetTable(reports)}
      />
    </ListPage>
  );
}
