import { InfoCircleOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatFigure, type FigureFormat, type KpiFigure } from "../model/kpis";
import { TrendLine } from "./TrendLine";

/**
 * One indicator: its value in its unit (opening the list behind it), what it is made of ("n of m" for a rate),
 * its trend against the previous period, and its definition behind an info button (hover, focus or tap).
 */
export function KpiCard({ figure, href, format }: { figure: KpiFigure; href: string; format: FigureFormat }) {
  const { t } = useTranslation();
  const name = t(`indicators.kpi.${figure.kpi}`);
  const value = formatFigure(figure.value, figure.unit, format);
  const made =
    figure.base === undefined
      ? null
      : figure.count !== undefined
        ? t("indicators.ratio", { count: figure.count, base: figure.base })
        : t("indicators.sample", { count: figure.base });
  return (
    <Card size="small" style={{ height: "100%" }}>
      <Flex vertical gap={4}>
        <Flex justify="space-between" align="center" gap={4}>
          <Typography.Text type="secondary" id={`kpi-${figure.kpi}`}>
            {name}
          </Typography.Text>
          <Tooltip trigger={["hover", "focus", "click"]} title={t(`indicators.definition.${figure.kpi}`)}>
            <Button
              type="text"
              size="small"
              icon={<InfoCircleOutlined />}
              aria-label={t("indicators.whatItMeans", { name })}
            />
          </Tooltip>
        </Flex>
        <Link to={href} aria-label={t("indicators.openList", { name, value })}>
          <Typography.Text strong style={{ fontSize: 24, color: "inherit" }}>
            {value}
          </Typography.Text>
        </Link>
        {made && <Typography.Text type="secondary">{made}</Typography.Text>}
        <TrendLine
          kpi={figure.kpi}
          unit={figure.unit}
          value={figure.value}
          previous={figure.previous}
          format={format}
        />
      </Flex>
    </Card>
  );
}
