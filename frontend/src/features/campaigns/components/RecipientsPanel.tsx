import { Card, Flex, Form, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DataTable, keysetTable } from "@/components/DataTable";
import { SelectFilter } from "@/components/FilterItems";
import { useTenantFormat } from "@/lib/current-user";
import { useUrlFilters } from "@/lib/use-url-filters";
import { useCampaignRecipients, type Campaign, type CampaignRecipient } from "../api/campaigns";
import { CAMPAIGN_STAGES } from "../model/funnel";
import { CampaignStageTag } from "./CampaignTags";

/** Each customer of a launched campaign and how far they got, filtered by stage, page by page. */
export function RecipientsPanel({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const { search, choose } = useUrlFilters();
  const stage = CAMPAIGN_STAGES.find((value) => value === search.get("stage"));
  const recipients = useCampaignRecipients(campaign.id, stage);
  const refetch = recipients.refetch;

  // The rows move on with the funnel: read them again whenever its counts change.
  const counts = JSON.stringify(campaign.funnel);
  const shownCounts = useRef(counts);
  useEffect(() => {
    if (shownCounts.current === counts) return;
    shownCounts.current = counts;
    void refetch();
  }, [counts, refetch]);

  const when = (iso: string | undefined) => (iso ? format.dateTime(iso) : "—");
  const columns: ColumnsType<CampaignRecipient> = [
    {
      key: "customer",
      title: t("campaigns.recipients.customer"),
      render: (_, row) => <Link to={`/customers/${row.customerId}`}>{row.customerName}</Link>,
    },
    {
      key: "stage",
      title: t("campaigns.recipients.stage"),
      render: (_, row) => <CampaignStageTag stage={row.stage} />,
    },
    {
      key: "language",
      title: t("campaigns.recipients.language"),
      responsive: ["md"],
      render: (_, row) => (row.language === "en" ? t("language.en") : t("language.zh-CN")),
    },
    { key: "sent", title: t("campaigns.recipients.sent"), render: (_, row) => when(row.sentAt) },
    {
      key: "delivered",
      title: t("campaigns.recipients.delivered"),
      responsive: ["md"],
      render: (_, row) => when(row.deliveredAt),
    },
    { key: "opened", title: t("campaigns.recipients.opened"), render: (_, row) => when(row.openedAt) },
    {
      key: "booked",
      title: t("campaigns.recipients.booked"),
      render: (_, row) =>
        row.bookedAt ? (
          <Flex vertical>
            <span>{row.bookedSlotStart ? format.dateTime(row.bookedSlotStart) : format.dateTime(row.bookedAt)}</span>
            {row.requestNumber && <Typography.Text type="secondary">{row.requestNumber}</Typography.Text>}
          </Flex>
        ) : (
          "—"
        ),
    },
    { key: "done", title: t("campaigns.recipients.done"), responsive: ["md"], render: (_, row) => when(row.doneAt) },
    {
      key: "optedOut",
      title: t("campaigns.recipients.optedOut"),
      responsive: ["md"],
      render: (_, row) => when(row.optedOutAt),
    },
  ];
  const title = t("campaigns.recipients.title");

  return (
    <Card size="small" role="region" aria-label={title} title={<h2 style={{ margin: 0, fontSize: 16 }}>{title}</h2>}>
      <Form layout="inline" role="search" aria-label={t("campaigns.recipients.filter")} component="div">
        <Flex wrap gap={8} style={{ width: "100%", marginBottom: 12 }}>
          <SelectFilter
            label={t("campaigns.recipients.stage")}
            placeholder={t("common.all")}
            value={stage}
            onChange={(value) => choose("stage", value)}
            options={CAMPAIGN_STAGES.map((value) => ({ value, label: t(`campaigns.stage.${value}`) }))}
          />
        </Flex>
      </Form>
      <DataTable<CampaignRecipient>
        caption={title}
        rowKey="id"
        columns={columns}
        empty={{ description: stage ? t("campaigns.recipients.noMatch") : t("campaigns.recipients.empty") }}
        {...keysetTable(recipients)}
      />
    </Card>
  );
}
