import { Alert, Card, Col, Flex, Row, Typography } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { PageSection as Section } from "@/components/PageSection";
import { ProblemAlert } from "@/components/ProblemAlert";
import { DecisionFigures, SummaryFigure } from "@/components/SummaryFigure";
import { useTenantFormat } from "@/lib/current-user";
import { useHomeSummary } from "@/lib/home-summary";
import { useKpis } from "../api/indicators";
import { BreakdownCard, type BreakdownRow } from "../components/BreakdownCard";
import { IndicatorFilters } from "../components/IndicatorFilters";
import { KpiCard } from "../components/KpiCard";
import { useFigureFormat } from "../components/use-figure-format";
import {
  KPI_ORDER,
  formatFigure,
  kpiHref,
  partHref,
  partsOf,
  remainderOf,
  type Kpi,
  type KpiReport,
  type KpiUnit,
} from "../model/kpis";
import { partName } from "../model/parts";
import { indicatorViewOf, withPreset, withRange } from "../model/period";

/** The breakdowns charted, each with the indicator it splits and how its parts read. */
const BREAKDOWNS = [
  { dimension: "channel", kpi: "REQUESTS", unit: "COUNT" },
  { dimension: "category", kpi: "REQUESTS", unit: "COUNT" },
  { dimension: "promiseKind", kpi: "PROMISE_COMPLIANCE", unit: "PERCENT" },
  { dimension: "cause", kpi: "REWORK_RATE", unit: "COUNT" },
  { dimension: "kind", kpi: "FINES", unit: "MONEY" },
] as const satisfies readonly { dimension: string; kpi: Kpi; unit: KpiUnit }[];

/**
 * The manager's indicators: what needs attention now (open promise breaches, decisions waiting), then the key
 * figures of a period with their trend against the period before, and their breakdowns as charts. Every figure
 * opens the list behind it; the period and filters live in the URL, so a view can be shared.
 */
export function IndicatorsRoute() {
  const { t } = useTranslation();
  const tenant = useTenantFormat();
  const format = useFigureFormat();
  const [search, setSearch] = useSearchParams();
  const view = indicatorViewOf(search, tenant.today());
  const kpis = useKpis(view);
  const home = useHomeSummary();
  const report = kpis.data;
  const drill = { installerId: view.installerId };

  const change = (next: URLSearchParams) => setSearch(next, { replace: true });
  const setFilter = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    change(next);
  };

  const figureOf = (kpi: Kpi) => report?.figures.find((figure) => figure.kpi === kpi);
  const promises = figureOf("PROMISE_COMPLIANCE");
  const breachedInPeriod = promises ? remainderOf(promises) : null;
  const openBreaches = home.data?.office?.openBreaches;
  const decisions = home.data?.decisions;

  return (
    <>
      <PageHeader
        title={t("indicators.title")}
        description={
          report
            ? t("indicators.period", {
                from: report.from,
                to: report.to,
                previousFrom: report.previousFrom,
                previousTo: report.previousTo,
              })
            : t("indicators.description")
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <IndicatorFilters
          view={view}
          onPreset={(preset) => change(withPreset(search, preset))}
          onRange={(period) => change(withRange(search, period))}
          onFilter={setFilter}
        />
        {(view.productId || view.type) && (
          <Alert type="info" showIcon style={{ marginTop: 8 }} title={t("indicators.moneyNote")} />
        )}
      </Card>

      <Section title={t("indicators.attention.title")}>
        <Flex vertical gap={12}>
          <Row gutter={[12, 12]}>
            {openBreaches != null && (
              <Col xs={12} md={8} xl={4}>
                <SummaryFigure
                  title={t("indicators.attention.openBreaches")}
                  value={openBreaches}
                  tone="danger"
                  to="/promises?breaches=open"
                />
              </Col>
            )}
            {breachedInPeriod != null && (
              <Col xs={12} md={8} xl={4}>
                <SummaryFigure
                  title={t("indicators.attention.breachedInPeriod")}
                  value={breachedInPeriod}
                  tone="warning"
                  to={kpiHref("PROMISE_COMPLIANCE")}
                />
              </Col>
            )}
          </Row>
          {decisions && (
            <>
              <Typography.Text type="secondary">{t("home.decisions")}</Typography.Text>
              <DecisionFigures decisions={decisions} />
            </>
          )}
        </Flex>
      </Section>

      {kpis.isPending && <Loading />}
      {kpis.isError && <ProblemAlert error={kpis.error} />}
      {report && (
        <>
          <Section title={t("indicators.figures")}>
            <Row gutter={[12, 12]}>
              {KPI_ORDER.map((kpi) => {
                const figure = figureOf(kpi);
                return (
                  figure && (
                    <Col key={kpi} xs={12} lg={8} xxl={6}>
                      <KpiCard figure={figure} href={kpiHref(kpi, drill)} format={format} />
                    </Col>
                  )
                );
              })}
            </Row>
          </Section>
          <Breakdowns report={report} installerId={view.installerId} />
        </>
      )}
    </>
  );
}

/** The charts of the breakdowns; the promise chart also lists the breached promises by kind. */
function Breakdowns({ report, installerId }: { report: KpiReport; installerId: string | undefined }) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const formatters = useMemo(
    () =>
      Object.fromEntries(
        (["COUNT", "PERCENT", "MONEY"] as const).map((unit) => [
          unit,
          (value: number | null) => formatFigure(value, unit, format),
        ]),
      ) as Record<"COUNT" | "PERCENT" | "MONEY", (value: number | null) => string>,
    [format],
  );
  const charts = useMemo(
    () =>
      BREAKDOWNS.map((breakdown) => ({
        ...breakdown,
        rows: partsOf(
          report.figures.find((figure) => figure.kpi === breakdown.kpi),
          breakdown.dimension,
        ).map((part): BreakdownRow => ({
          key: part.key,
          name: partName(t, part.dimension, part.key),
          value: part.value,
          previous: part.previous,
          href: partHref(part, { installerId }),
        })),
      })),
    [report, t, installerId],
  );
  return (
    <Section title={t("indicators.breakdowns")}>
      <Row gutter={[12, 12]}>
        {charts.map((chart) => (
          <Col key={chart.dimension} xs={24} lg={12}>
            <BreakdownCard
              title={t(`indicators.charts.${chart.dimension}`)}
              rows={chart.rows}
              formatValue={formatters[chart.unit]}
              footer={chart.dimension === "promiseKind" && chart.rows.length > 0 && <BreachLinks rows={chart.rows} />}
            />
          </Col>
        ))}
      </Row>
    </Section>
  );
}

/** Where the breached promises of each kind are listed (every breached one, as those lists have no period). */
function BreachLinks({ rows }: { rows: readonly BreakdownRow[] }) {
  const { t } = useTranslation();
  const title = t("indicators.charts.breachedByKind");
  return (
    <nav aria-label={title} style={{ marginTop: 8 }}>
      <Typography.Text type="secondary">{title}</Typography.Text>
      <Flex wrap gap={12}>
        {rows.map(
          (row) =>
            row.href && (
              <Link key={row.key} to={row.href}>
                {t("indicators.charts.breachedOfKind", { kind: row.name })}
              </Link>
            ),
        )}
      </Flex>
    </nav>
  );
}
