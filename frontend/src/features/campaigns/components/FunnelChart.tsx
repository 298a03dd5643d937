import { FunnelChart as EchartsFunnel } from "echarts/charts";
import { TooltipComponent } from "echarts/components";
import { init, use as registerEcharts } from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";
import { brand } from "@/app/design/theme";

// Only the funnel, so this chunk stays small and loads with a campaign's page alone.
registerEcharts([EchartsFunnel, TooltipComponent, CanvasRenderer]);

// The brand's blue, lighter step by step down the path.
const STEP_COLOURS = [brand.primary, "#2f83d9", "#4f97e0", "#70abe7", "#1f7a35", "#2e9448"];

export interface FunnelChartStep {
  name: string;
  value: number;
  /** "Sent 118 · 98% of messaged", shown beside the step. */
  label: string;
}

export interface FunnelChartProps {
  steps: readonly FunnelChartStep[];
  /** The chart's text alternative: every step in words. */
  summary: string;
}

/** The customers' path as a funnel, top to bottom in the order of the steps. Loaded lazily: ECharts is its own chunk. */
export function FunnelChart({ steps, summary }: FunnelChartProps) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = element.current;
    if (!container) return;
    const chart = init(container, undefined, { renderer: "canvas" });
    const max = Math.max(1, ...steps.map((step) => step.value));
    chart.setOption({
      animation: false,
      tooltip: { trigger: "item", formatter: (item: { dataIndex: number }) => steps[item.dataIndex]?.label ?? "" },
      series: [
        {
          type: "funnel",
          sort: "none",
          min: 0,
          max,
          minSize: "2%",
          // The funnel on the left, each step's words beside it: a narrow step has no room for them inside.
          funnelAlign: "left",
          left: 8,
          width: "45%",
          top: 8,
          bottom: 8,
          gap: 2,
          label: {
            show: true,
            position: "right",
            color: "rgba(0, 0, 0, 0.88)",
            formatter: (item: { dataIndex: number }) => steps[item.dataIndex]?.label ?? "",
          },
          labelLine: { show: false },
          data: steps.map((step, index) => ({
            name: step.name,
            value: step.value,
            itemStyle: { color: STEP_COLOURS[index % STEP_COLOURS.length] },
          })),
        },
      ],
    });
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(container);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [steps]);
  return <div ref={element} role="img" aria-label={summary} style={{ width: "100%", height: 280 }} />;
}
