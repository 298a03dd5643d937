import { ArrowLeftOutlined } from "@ant-design/icons";
import { Card, Col, Row, Space, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { LinkButton } from "@/components/LinkButton";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { useReport, type Report } from "../api/reports";
import { ReportDownloads } from "../components/ReportDownloads";
import { figureText, partsOf, type ReportRow } from "../model/report-tables";

/** One kept report as it was generated: the same tables as its PDF and workbook. */
export function ReportDetailRoute() {
  const { t } = useTranslation();
  const { reportId = "" } = useParams();
  const report = useReport(reportId);
  const data = report.data;
  return (
    <>
      <PageHeader
        title={
          data
            ? t("reports.detail.title", {
                kind: t(`reports.kind.${data.kind}`),
                from: data.periodStart,
                to: data.periodEnd,
              })
            : t("reports.title")
        }
        actions={
          <Space wrap>
            {data && <ReportDownloads report={data} />}
            <LinkButton to="/reports" icon={<ArrowLeftOutlined aria-hidden />}>
              {t("reports.back")}
            </LinkButton>
          </Space>
        }
      />
      {report.isPending && <Loading />}
      {report.isError && <ProblemAlert error={report.error} />}
      {data && <ReportTables report={data} />}
    </>
  );
}

function Section({ title, rows, columns }: { title: string; rows: ReportRow[]; columns: string[] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={title}>
      <Table<ReportRow>
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={rows}
        locale={{ emptyText: t("reports.noneInPeriod") }}
        columns={columns.map((column, index) => ({
          key: column,
          title: column,
          align: index === 0 ? "left" : "right",
          render: (_, row) => row.cells[index],
        }))}
      />
    </Card>
  );
}

function ReportTables({ report }: { report: Report }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const c = report.content;
  const thisAndPrevious = [t("reports.columns.thisPeriod"), t("reports.columns.previousPeriod")];
  const figures: ReportRow[] = c.figures.map((f) => ({
    key: f.kpi,
    cells: [t(`reports.kpis.${f.kpi}`), figureText(f, f.value, format.money), figureText(f, f.previous, format.money)],
  }));
  const requests = c.figures.find((f) => f.kpi === "REQUESTS");
  const promises = c.figures.find((f) => f.kpi === "PROMISE_COMPLIANCE");
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Section
          title={t("reports.sections.indicators")}
          rows={figures}
          columns={[t("reports.columns.indicator"), ...thisAndPrevious]}
        />
      </Col>
      <Col xs={24} xl={12}>
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          <Section
            title={t("reports.sections.byChannel")}
            rows={partsOf(requests, "channel", (key) => t(`reports.channel.${key}`, { defaultValue: key }))}
            columns={[t("reports.columns.channel"), ...thisAndPrevious]}
          />
          <Section
            title={t("reports.sections.byCategory")}
            rows={partsOf(requests, "category", (key) => t(`reports.category.${key}`, { defaultValue: key }))}
            columns={[t("reports.columns.category"), ...thisAndPrevious]}
          />
          <Section
            title={t("reports.sections.outcomes")}
            rows={[
              ...c.requestOutcomes.map((o) => ({
                key: o.key,
                cells: [t(`reports.outcome.${o.key}`, { defaultValue: o.key }), String(o.count)],
              })),
              { key: "unanswered", cells: [t("reports.outcome.unansweredCalls"), String(c.unansweredCalls)] },
            ]}
            columns={[t("reports.columns.outcome"), t("reports.columns.count")]}
          />
          <Section
            title={t("reports.sections.promises")}
            rows={partsOf(
              promises,
              "promiseKind",
              (key) => t(`reports.promiseKind.${key}`, { defaultValue: key }),
              "%",
            )}
            columns={[t("reports.columns.promiseKind"), ...thisAndPrevious]}
          />
        </Space>
      </Col>
      <Col xs={24}>
        <Section
          title={t("reports.sections.warnings")}
          rows={c.warnings.map((w) => ({
            key: w.number,
            cells: [
              w.number,
              w.productName,
              w.faultCategoryName ?? w.faultCategory,
              t(`reports.rule.${w.rule}`),
              `${w.periodStart} – ${w.periodEnd}`,
              String(w.occurrences),
              w.routedTo ? t(`reports.route.${w.routedTo}`) : t("reports.route.none"),
            ],
          }))}
          columns={[
            t("reports.columns.number"),
            t("reports.columns.product"),
            t("reports.columns.faultCategory"),
            t("reports.columns.rule"),
            t("reports.columns.period"),
            t("reports.columns.occurrences"),
            t("reports.columns.routedTo"),
          ]}
        />
      </Col>
      <Col xs={24} xl={8}>
        <Section
          title={t("reports.sections.spotChecks")}
          rows={[
            {
              key: "spot",
              cells: [
                String(c.spotChecks.visits),
                c.spotChecks.averageScore == null ? "—" : `${c.spotChecks.averageScore} / 5`,
                String(c.spotChecks.poorAnswers),
              ],
            },
          ]}
          columns={[t("reports.columns.visits"), t("reports.columns.averageScore"), t("reports.columns.poorAnswers")]}
        />
      </Col>
      <Col xs={24} xl={16}>
        <Section
          title={t("reports.sections.servicePoints")}
          rows={c.servicePoints.map((p) => ({
            key: p.servicePointId ?? "none",
            cells: [p.name || t("reports.noServicePoint"), String(p.ordersDone), String(p.late)],
          }))}
          columns={[t("reports.columns.servicePoint"), t("reports.columns.ordersDone"), t("reports.columns.late")]}
        />
      </Col>
      <Col xs={24}>
        <Section
          title={t("reports.sections.installers")}
          rows={c.installers.map((i) => ({
            key: i.installerId,
            cells: [
              i.name,
              String(i.ordersDone),
              String(i.firstTimeFixed),
              String(i.checkIns),
              String(i.late),
              i.satisfaction == null ? "—" : `${i.satisfaction} / 5`,
              String(i.verifiedComplaints),
            ],
          }))}
          columns={[
            t("reports.columns.installer"),
            t("reports.columns.ordersDone"),
            t("reports.columns.firstTimeFixed"),
            t("reports.columns.checkIns"),
            t("reports.columns.late"),
            t("reports.columns.satisfaction"),
            t("reports.columns.verifiedComplaints"),
          ]}
        />
      </Col>
      <Col xs={24}>
        <Typography.Text type="secondary">
          {t("reports.generatedNote", {
            at: format.dateTime(report.generatedAt),
            zone: c.timeZone,
          })}{" "}
          <Link to="/indicators">{t("reports.seeIndicators")}</Link>
        </Typography.Text>
      </Col>
    </Row>
  );
}
