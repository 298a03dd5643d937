import { PlusOutlined } from "@ant-design/icons";
import { Progress, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DataTable, keysetTable } from "@/components/DataTable";
import { SelectFilter } from "@/components/FilterItems";
import { LinkButton } from "@/components/LinkButton";
import { ListPage } from "@/components/ListPage";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { useUrlFilters } from "@/lib/use-url-filters";
import { isSending, useCampaigns, type Campaign, type CampaignStatus } from "../api/campaigns";
import { CampaignStatusTag } from "../components/CampaignTags";
import { conversion, formatShare, sendingProgress } from "../model/funnel";
import { NEW_CAMPAIGN_PATH, campaignPath } from "../model/paths";

const STATUSES = ["DRAFT", "LAUNCHED", "CANCELLED"] as const satisfies readonly CampaignStatus[];

/** Maintenance campaigns, newest first: their state, how sending goes and how many customers booked. */
export function CampaignsRoute() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const format = useTenantFormat();
  const isManager = me.roles.includes("manager");
  const { search, choose } = useUrlFilters();
  const status = STATUSES.find((value) => value === search.get("status"));
  const campaigns = useCampaigns(status);

  const newCampaign = (
    <LinkButton type="primary" icon={<PlusOutlined aria-hidden />} to={NEW_CAMPAIGN_PATH}>
      {t("campaigns.create.open")}
    </LinkButton>
  );
  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  const columns: ColumnsType<Campaign> = [
    {
      key: "number",
      title: t("campaigns.fields.number"),
      render: (_, campaign) => <Link to={campaignPath(campaign.id)}>{campaign.number}</Link>,
    },
    { key: "name", title: t("campaigns.fields.name"), dataIndex: "name" },
    {
      key: "kind",
      title: t("campaigns.fields.kind"),
      responsive: ["md"],
      render: (_, campaign) => t(`campaigns.kind.${campaign.kind}`),
    },
    {
      key: "channel",
      title: t("campaigns.fields.channel"),
      responsive: ["md"],
      render: (_, campaign) => t(`campaigns.channel.${campaign.channel}`),
    },
    {
      key: "status",
      title: t("campaigns.fields.status"),
      render: (_, campaign) => <CampaignStatusTag status={campaign.status} />,
    },
    {
      key: "progress",
      title: t("campaigns.fields.progress"),
      render: (_, campaign) => {
        if (!isSending(campaign))
          return campaign.status === "DRAFT"
            ? dash
            : t("campaigns.list.sent", { sent: campaign.funnel.sent, messaged: campaign.funnel.messaged });
        const progress = sendingProgress(campaign.funnel);
        return (
          <Progress
            percent={progress.percent}
            size="small"
            status="active"
            style={{ minWidth: 120 }}
            aria-label={t("campaigns.list.sendingOf", { name: campaign.name })}
          />
        );
      },
    },
    {
      key: "conversion",
      title: t("campaigns.fields.conversion"),
      render: (_, campaign) =>
        campaign.status === "DRAFT"
          ? dash
          : t("campaigns.list.conversion", {
              booked: campaign.funnel.booked,
              messaged: campaign.funnel.messaged,
              share: formatShare(conversion(campaign.funnel), i18n.language),
            }),
    },
    {
      key: "created",
      title: t("campaigns.fields.createdAt"),
      responsive: ["md"],
      render: (_, campaign) => format.dateTime(campaign.createdAt),
    },
  ];

  return (
    <ListPage
      title={t("campaigns.title")}
      description={t("campaigns.description")}
      actions={isManager ? newCampaign : undefined}
      filtersLabel={t("campaigns.filter")}
      filters={
        <SelectFilter<CampaignStatus>
          label={t("campaigns.fields.status")}
          placeholder={t("common.all")}
          value={status}
          onChange={(value) => choose("status", value)}
          options={STATUSES.map((value) => ({ value, label: t(`campaigns.status.${value}`) }))}
        />
      }
    >
      <DataTable<Campaign>
        caption={t("campaigns.title")}
        columns={columns}
        rowKey="id"
        empty={{
          description: status
            ? t("campaigns.noMatch")
            : isManager
              ? t("campaigns.emptyManager")
              : t("campaigns.emptyDispatcher"),
          action: !status && isManager ? newCampaign : undefined,
        }}
        {...keysetTable(campaigns)}
      />
    </ListPage>
  );
}
