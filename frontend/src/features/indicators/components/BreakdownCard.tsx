import { Card, Empty, Segmented, Skeleton } from "antd";
import type { ColumnsType } from "antd/es/table";
import { lazy, Suspense, useMemo, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DataTable } from "@/components/DataTable";
import type { ChartRow } from "./KpiChart";

// ECharts is large: it loads with the first chart, in its own chunk, never with the other pages.
const KpiChart = lazy(async () => ({ default: (await import("./KpiChart")).KpiChart }));

export interface BreakdownRow extends ChartRow {
  key: string;
  /** The list behind the part, when one narrows to it. */
  href: string | null;
}

/**
 * A breakdown of an indicator (by channel, kind, cause…) as bars of this period beside the previous one, or as a
 * table of the same numbers, whose parts link to their lists; the chart also says its bars in words.
 */
export function BreakdownCard({
  title,
  rows,
  formatValue,
  footer,
}: {
  title: string;
  rows: readonly BreakdownRow[];
  formatValue: (value: number | null) => string;
  footer?: ReactNode;
}) {
  const { t } = useTranslation();
  const [view, setView] = useState<"chart" | "table">("chart");
  const series = useMemo(
    () => ({ period: t("indicators.charts.period"), previous: t("indicators.charts.previous") }),
    [t],
  );
  const summary = t("indicators.charts.summary", {
    title,
    parts: rows
      .map((row) =>
        t("indicators.charts.summaryPart", {
          name: row.name,
          value: formatValue(row.value),
          previous: formatValue(row.previous),
        }),
      )
      .join("; "),
  });
  const columns: ColumnsType<BreakdownRow> = [
    {
      title: t("indicators.charts.part"),
      dataIndex: "name",
      render: (name: string, row) => (row.href ? <Link to={row.href}>{name}</Link> : name),
    },
    { title: series.period, dataIndex: "value", align: "right", render: (value: number | null) => formatValue(value) },
    {
      title: series.previous,
      dataIndex: "previous",
      align: "right",
      render: (value: number | null) => formatValue(value),
    },
  ];
  return (
    <Card
      size="small"
      title={<h3 style={{ fontSize: 14, margin: 0 }}>{title}</h3>}
      extra={
        rows.length > 0 && (
          <Segmented
            size="small"
            aria-label={`${title}: ${t("indicators.charts.view")}`}
            value={view}
            onChange={(next) => setView(next as "chart" | "table")}
            options={[
              { value: "chart", label: t("indicators.charts.chart") },
              { value: "table", label: t("indicators.charts.table") },
            ]}
          />
        )
      }
      style={{ height: "100%" }}
    >
      {rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("indicators.charts.empty")} />
      ) : view === "chart" ? (
        <Suspense fallback={<Skeleton active paragraph={{ rows: 3 }} />}>
          <KpiChart rows={rows} series={series} formatValue={formatValue} summary={summary} />
        </Suspense>
      ) : (
        <DataTable<BreakdownRow>
          caption={title}
          rowKey="key"
          size="small"
          columns={columns}
          rows={rows}
          empty={{ description: t("indicators.charts.empty") }}
        />
      )}
      {footer}
    </Card>
  );
}
