import { ArrowLeftOutlined } from "@ant-design/icons";
import { Card, Flex, Space, Tag, Typography, type DescriptionsProps, type TimelineProps } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { DetailLayout } from "@/components/DetailLayout";
import { Loading } from "@/components/Loading";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { useStaffNames } from "@/lib/staff-names";
import { useEarlyWarning, type EarlyWarning } from "../api/quality";
import { useWarningActions } from "../components/WarningActions";
import { useWarningText } from "../components/warning-text";
import { RouteTag, WarningTags } from "../components/WarningTags";

/** One early warning: what recurred, the orders and forms it counted, and acknowledging and closing it. */
export function EarlyWarningDetailRoute() {
  const { t } = useTranslation();
  const { warningId = "" } = useParams();
  const detail = useEarlyWarning(warningId);
  if (!detail.data) {
    return (
      <>
        {detail.isPending && <Loading />}
        {detail.isError && <ProblemAlert error={detail.error} />}
        <BackLink label={t("quality.warnings.back")} />
      </>
    );
  }
  return <WarningDetail warning={detail.data} />;
}

function BackLink({ label }: { label: string }) {
  return (
    <Link to="/early-warnings">
      <ArrowLeftOutlined /> {label}
    </Link>
  );
}

function WarningDetail({ warning }: { warning: EarlyWarning }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const nameOf = useStaffNames();
  const text = useWarningText();
  const { buttons, refusal } = useWarningActions(warning);
  const byAt = (by: string | undefined, at: string) =>
    t("quality.warnings.byAt", { name: nameOf(by), time: format.dateTime(at) });

  const facts: DescriptionsProps["items"] = [
    { key: "product", label: t("quality.warnings.fields.product"), children: warning.productName },
    { key: "category", label: t("quality.warnings.fields.faultCategory"), children: text.category(warning) },
    { key: "occurrences", label: t("quality.warnings.fields.occurrences"), children: text.recurrence(warning) },
    { key: "rule", label: t("quality.warnings.fields.rule"), children: t(`quality.rule.${warning.rule}`) },
    { key: "period", label: t("quality.warnings.fields.period"), children: text.period(warning) },
    {
      key: "routedTo",
      label: t("quality.warnings.fields.routedTo"),
      children: (
        <Space size={4} wrap>
          <RouteTag routedTo={warning.routedTo} />
          {!warning.routedTo && (
            <Typography.Text type="secondary">{t("quality.warnings.unclassifiedHint")}</Typography.Text>
          )}
        </Space>
      ),
    },
    {
      key: "contact",
      label: t("quality.warnings.fields.contactEmail"),
      children: warning.contactEmail ?? (
        <Typography.Text type="secondary">{t("quality.warnings.noContact")}</Typography.Text>
      ),
    },
    { key: "raisedAt", label: t("quality.warnings.fields.raisedAt"), children: format.dateTime(warning.raisedAt) },
    ...(warning.acknowledgedAt
      ? [
          {
            key: "acknowledged",
            label: t("quality.warnings.fields.acknowledged"),
            children: byAt(warning.acknowledgedBy, warning.acknowledgedAt),
          },
        ]
      : []),
    ...(warning.closedAt
      ? [
          {
            key: "closed",
            label: t("quality.warnings.fields.closed"),
            children: byAt(warning.closedBy, warning.closedAt),
          },
        ]
      : []),
    ...(warning.actionNote
      ? [
          {
            key: "actionNote",
            label: t("quality.warnings.fields.actionNote"),
            span: "filled" as const,
            children: warning.actionNote,
          },
        ]
      : []),
  ];

  const timeline: TimelineProps["items"] = [
    { key: "raised", content: `${t("quality.warnings.fields.raisedAt")} · ${format.dateTime(warning.raisedAt)}` },
    ...(warning.acknowledgedAt
      ? [
          {
            key: "acknowledged",
            content: `${t("quality.warningStatus.ACKNOWLEDGED")} · ${byAt(warning.acknowledgedBy, warning.acknowledgedAt)}`,
          },
        ]
      : []),
    ...(warning.closedAt
      ? [
          {
            key: "closed",
            content: `${t("quality.warningStatus.CLOSED")} · ${byAt(warning.closedBy, warning.closedAt)}`,
          },
        ]
      : []),
  ];

  return (
    <DetailLayout
      title={`${warning.number} · ${warning.productName} · ${text.category(warning)}`}
      tags={<WarningTags warning={warning} />}
      actions={
        <>
          {buttons}
          <BackLink label={t("quality.warnings.back")} />
        </>
      }
      factsTitle={t("quality.warnings.facts")}
      facts={facts}
      timeline={timeline}
    >
      <Flex vertical gap={16}>
        {refusal}
        <Evidence
          title={t("quality.warnings.evidenceOrders", { count: warning.evidenceOrders.length })}
          items={warning.evidenceOrders}
          link={(id) => `/work-orders/${id}`}
        />
        <Evidence
          title={t("quality.warnings.evidenceReports", { count: warning.evidenceReports.length })}
          items={warning.evidenceReports}
        />
      </Flex>
    </DetailLayout>
  );
}

function Evidence({
  title,
  items,
  link,
}: {
  title: string;
  items: EarlyWarning["evidenceOrders"];
  link?: (id: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={title} role="region" aria-label={title}>
      {items.length === 0 ? (
        <Typography.Text type="secondary">{t("quality.warnings.noEvidence")}</Typography.Text>
      ) : (
        <Flex gap={8} wrap>
          {items.map((item) =>
            link ? (
              <Link key={item.id} to={link(item.id)}>
                {item.number}
              </Link>
            ) : (
              <Tag key={item.id}>{item.number}</Tag>
            ),
          )}
        </Flex>
      )}
    </Card>
  );
}
