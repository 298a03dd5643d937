import { BarChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { init, use as registerEcharts } from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";
import { brand } from "@/app/design/theme";

// Only what the bars need, so this chunk stays small and loads with the indicators page alone.
registerEcharts([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const PREVIOUS_COLOUR = "#b5bcc6";
const ROW_HEIGHT = 44;

export interface ChartRow {
  name: string;
  value: number | null;
  previous: number | null;
}

export interface KpiChartProps {
  rows: readonly ChartRow[];
  /** The series' names: this period and the previous one. */
  series: { period: string; previous: string };
  /** A value as the tooltip and axis show it, e.g. "87.5%". */
  formatValue: (value: number | null) => string;
  /** The chart's text alternative: every bar in words. */
  summary: string;
}

/** Horizontal bars of a breakdown, this period beside the previous one. Loaded lazily: ECharts is its own chunk. */
export function KpiChart({ rows, series, formatValue, summary }: KpiChartProps) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = element.current;
    if (!container) return;
    const chart = init(container, undefined, { renderer: "canvas" });
    // The first part on top, as the table lists them.
    const ordered = [...rows].reverse();
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0, left: 0, data: [series.period, series.previous] },
      tooltip: {
        trigger: "axis",
        axisPointer: { type: "shadow" },
        valueFormatter: (value: unknown) => formatValue(typeof value === "number" ? value : null),
      },
      xAxis: { type: "value", axisLabel: { formatter: (value: number) => formatValue(value) } },
      yAxis: { type: "category", data: ordered.map((row) => row.name), axisTick: { show: false } },
      series: [
        {
          name: series.period,
          type: "bar",
          data: ordered.map((row) => row.value),
          itemStyle: { color: brand.primary },
          barMaxWidth: 14,
        },
        {
          name: series.previous,
          type: "bar",
          data: ordered.map((row) => row.previous),
          itemStyle: { color: PREVIOUS_COLOUR },
          barMaxWidth: 14,
        },
      ],
    });
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(container);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [rows, series, formatValue]);
  return (
    <div
      ref={element}
      role="img"
      aria-label={summary}
      style={{ width: "100%", height: Math.max(160, 48 + rows.length * ROW_HEIGHT) }}
    />
  );
}
