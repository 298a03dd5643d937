import { ArrowDownOutlined, ArrowUpOutlined } from "@ant-design/icons";
import { Typography } from "antd";
import { useTranslation } from "react-i18next";
import { brand } from "@/app/design/theme";
import {
  formatDelta,
  formatFigure,
  trendOf,
  type FigureFormat,
  type Kpi,
  type KpiUnit,
  type Tone,
} from "../model/kpis";

const TONE_COLOUR: Record<Tone, string | undefined> = { good: brand.success, bad: brand.error, neutral: undefined };
const ARROW = { up: <ArrowUpOutlined />, down: <ArrowDownOutlined />, flat: null } as const;

/** The change against the previous period: an arrow, the size of the change coloured by whether it is good, and the previous figure. */
export function TrendLine({
  kpi,
  unit,
  value,
  previous,
  format,
}: {
  kpi: Kpi;
  unit: KpiUnit;
  value: number | null;
  previous: number | null;
  format: FigureFormat;
}) {
  const { t } = useTranslation();
  const trend = trendOf(kpi, value, previous);
  const before = t("indicators.trend.previous", { value: formatFigure(previous, unit, format) });
  if (!trend) {
    return <Typography.Text type="secondary">{before}</Typography.Text>;
  }
  const change =
    trend.direction === "flat"
      ? t("indicators.trend.flat")
      : t(`indicators.trend.${trend.direction}`, { delta: formatDelta(trend.delta, unit, format) });
  // The colour is repeated in words for those who cannot see it.
  const verdict =
    trend.tone === "neutral" ? "" : ` (${t(`indicators.trend.${trend.tone === "good" ? "better" : "worse"}`)})`;
  return (
    <Typography.Text data-tone={trend.tone}>
      <span style={{ color: TONE_COLOUR[trend.tone] }}>
        {ARROW[trend.direction]} {change}
        <span className="visually-hidden">{verdict}</span>
      </span>
      <Typography.Text type="secondary"> · {before}</Typography.Text>
    </Typography.Text>
  );
}
