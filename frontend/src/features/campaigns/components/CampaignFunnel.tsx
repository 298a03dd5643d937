import { Card, Col, Descriptions, Progress, Row, Skeleton, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { lazy, Suspense, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { DataTable } from "@/components/DataTable";
import { isSending, type Campaign } from "../api/campaigns";
import { formatShare, funnelRows, sendingProgress, type FunnelRow } from "../model/funnel";

// ECharts is large: it loads with the first funnel, in its own chunk, never with the other pages.
const FunnelChart = lazy(async () => ({ default: (await import("./FunnelChart")).FunnelChart }));

/**
 * How far the campaign's customers got: the sending's progress while messages go out, the funnel from messaged to
 * done with each step's conversion from the step before and from everyone messaged, and who was not messaged.
 */
export function CampaignFunnel({ campaign }: { campaign: Campaign }) {
  const { t, i18n } = useTranslation();
  const funnel = campaign.funnel;
  const rows = useMemo(() => funnelRows(funnel), [funnel]);
  const share = (value: number | null) => formatShare(value, i18n.language);
  const steps = useMemo(
    () =>
      rows.map((row) => ({
        name: t(`campaigns.funnel.steps.${row.step}`),
        value: row.count,
        label: t("campaigns.funnel.label", {
          step: t(`campaigns.funnel.steps.${row.step}`),
          customers: row.count,
          share: formatShare(row.fromMessaged, i18n.language),
        }),
      })),
    [rows, t, i18n.language],
  );
  const summary = steps.map((step) => step.label).join("; ");
  const progress = sendingProgress(funnel);
  const title = t("campaigns.funnel.title");

  const columns: ColumnsType<FunnelRow> = [
    { key: "step", title: t("campaigns.funnel.step"), render: (_, row) => t(`campaigns.funnel.steps.${row.step}`) },
    { key: "count", title: t("campaigns.funnel.count"), align: "right", dataIndex: "count" },
    {
      key: "fromPrevious",
      title: t("campaigns.funnel.fromPrevious"),
      align: "right",
      render: (_, row) => share(row.fromPrevious),
    },
    {
      key: "fromMessaged",
      title: t("campaigns.funnel.fromMessaged"),
      align: "right",
      render: (_, row) => share(row.fromMessaged),
    },
  ];

  return (
    <Card size="small" role="region" aria-label={title} title={<h2 style={{ margin: 0, fontSize: 16 }}>{title}</h2>}>
      {isSending(campaign) && (
        <div role="status" aria-live="polite" style={{ marginBottom: 16 }}>
          <Typography.Text>
            {t("campaigns.funnel.sending", { done: progress.done, total: progress.total, pending: funnel.pending })}
          </Typography.Text>
          <Progress percent={progress.percent} status="active" aria-label={t("campaigns.fields.progress")} />
        </div>
      )}
      {funnel.messaged === 0 ? (
        <Typography.Paragraph type="secondary">{t("campaigns.funnel.nobodyMessaged")}</Typography.Paragraph>
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xxl={10}>
            <Suspense fallback={<Skeleton active paragraph={{ rows: 4 }} />}>
              <FunnelChart steps={steps} summary={summary} />
            </Suspense>
          </Col>
          <Col xs={24} xxl={14}>
            <DataTable<FunnelRow>
              caption={t("campaigns.funnel.table")}
              rowKey="step"
              size="small"
              columns={columns}
              rows={rows}
              empty={{ description: t("campaigns.funnel.nobodyMessaged") }}
            />
          </Col>
        </Row>
      )}
      <Descriptions
        size="small"
        style={{ marginTop: 16 }}
        column={{ xs: 2, sm: 3, xl: 5 }}
        items={(["recipients", "optedOut", "unreachable", "pending", "failed"] as const).map((key) => ({
          key,
          label: t(`campaigns.funnel.others.${key}`),
          children: funnel[key],
        }))}
      />
    </Card>
  );
}
