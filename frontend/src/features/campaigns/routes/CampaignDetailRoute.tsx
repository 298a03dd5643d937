import { ArrowLeftOutlined, EditOutlined, SendOutlined, StopOutlined } from "@ant-design/icons";
import { App, Button, Card, Flex, Popconfirm, Typography } from "antd";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { DetailLayout } from "@/components/DetailLayout";
import { LinkButton } from "@/components/LinkButton";
import { Loading } from "@/components/Loading";
import { ProblemAlert, RefusalAlert } from "@/components/ProblemAlert";
import { isProblemType, isStaleVersion } from "@/lib/api/problem";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { useCampaign, useCampaignAction, useReloadCampaign, type Campaign } from "../api/campaigns";
import { AudienceCount } from "../components/AudienceCount";
import { CampaignFunnel } from "../components/CampaignFunnel";
import { CampaignStatusTag } from "../components/CampaignTags";
import { RecipientsPanel } from "../components/RecipientsPanel";
import { isOvernight } from "../model/campaign-form";
import { CAMPAIGNS_PATH, editCampaignPath } from "../model/paths";

/** The segment in words: each criterion that narrows it, by name, or everyone with a product on record. */
function segmentInWords(campaign: Campaign, t: TFunction): string {
  const segment = campaign.segment;
  const parts = [
    segment.installedWithinMonths && t("campaigns.segment.installedWithin", { months: segment.installedWithinMonths }),
    segment.productId && t("campaigns.segment.product", { product: campaign.productName ?? "—" }),
    segment.warrantyEndingWithinDays &&
      t("campaigns.segment.warrantyEnding", { days: segment.warrantyEndingWithinDays }),
    segment.servicePointId && t("campaigns.segment.servicePoint", { servicePoint: campaign.servicePointName ?? "—" }),
    segment.notServicedForMonths && t("campaigns.segment.notServiced", { months: segment.notServicedForMonths }),
  ].filter((part): part is string => !!part);
  return parts.length > 0 ? parts.join(t("campaigns.segment.and")) : t("campaigns.segment.everyone");
}

/**
 * One campaign: its definition, what the manager may do with it now (edit, launch or cancel a draft; stop a
 * launched one), and once launched the funnel, live while messages go out, and each customer's path.
 */
export function CampaignDetailRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const format = useTenantFormat();
  const { campaignId = "" } = useParams();
  const campaign = useCampaign(campaignId);
  const action = useCampaignAction(campaignId);
  const reload = useReloadCampaign(campaignId);
  const isManager = me.roles.includes("manager");
  const data = campaign.data;

  if (!data) {
    return (
      <>
        {campaign.isPending && <Loading />}
        {campaign.isError && <ProblemAlert error={campaign.error} />}
        <Link to={CAMPAIGNS_PATH}>{t("campaigns.back")}</Link>
      </>
    );
  }

  function run(kind: "launch" | "cancel", campaign: Campaign) {
    return action
      .mutateAsync({ action: kind, version: campaign.version })
      .then((saved) => {
        void message.success(
          kind === "launch"
            ? t("campaigns.actions.launched", { number: saved.number, messages: saved.funnel.messaged })
            : t("campaigns.actions.cancelled", { number: saved.number }),
        );
      })
      .catch(() => undefined);
  }

  const audience = data.audience;
  const actions = isManager && (
    <>
      {data.status === "DRAFT" && (
        <>
          <Popconfirm
            title={t("campaigns.actions.launchConfirm", { name: data.name, customers: audience?.customers ?? 0 })}
            description={
              audience
                ? t(`campaigns.actions.launchDetail.${data.channel}`, {
                    optedOut: audience.optedOut,
                    unreachable: audience.unreachable,
                  })
                : undefined
            }
            okText={t("campaigns.actions.launch")}
            onConfirm={() => run("launch", data)}
          >
            <Button
              type="primary"
              icon={<SendOutlined aria-hidden />}
              loading={action.isPending && action.variables?.action === "launch"}
            >
              {t("campaigns.actions.launch")}
            </Button>
          </Popconfirm>
          <LinkButton icon={<EditOutlined aria-hidden />} to={editCampaignPath(data.id)}>
            {t("common.edit")}
          </LinkButton>
        </>
      )}
      <Link to={CAMPAIGNS_PATH}>
        <ArrowLeftOutlined aria-hidden /> {t("campaigns.back")}
      </Link>
      {data.status !== "CANCELLED" && (
        <Popconfirm
          title={
            data.status === "DRAFT"
              ? t("campaigns.actions.cancelDraftConfirm", { name: data.name })
              : t("campaigns.actions.cancelConfirm", { name: data.name, customers: data.funnel.messaged })
          }
          description={
            data.status === "DRAFT"
              ? undefined
              : t("campaigns.actions.cancelDetail", { pending: data.funnel.pending, booked: data.funnel.booked })
          }
          okText={t("campaigns.actions.cancel")}
          okButtonProps={{ danger: true }}
          onConfirm={() => run("cancel", data)}
        >
          <Button
            danger
            icon={<StopOutlined aria-hidden />}
            loading={action.isPending && action.variables?.action === "cancel"}
          >
            {t("campaigns.actions.cancel")}
          </Button>
        </Popconfirm>
      )}
    </>
  );

  const quiet =
    data.quietFrom && data.quietUntil
      ? isOvernight([data.quietFrom, data.quietUntil])
        ? t("campaigns.form.sending.overnightShort", { from: data.quietFrom, until: data.quietUntil })
        : `${data.quietFrom}–${data.quietUntil}`
      : t("campaigns.detail.noQuietHours");

  // Who it reaches and what they read sit beside the facts; the funnel and the customers take the width below.
  const side = (
    <Flex vertical gap={16}>
      {data.status === "DRAFT" && audience && (
        <Card
          size="small"
          role="region"
          aria-label={t("campaigns.detail.audience")}
          title={<h2 style={{ margin: 0, fontSize: 16 }}>{t("campaigns.detail.audience")}</h2>}
        >
          <AudienceCount audience={audience} channel={data.channel} counting={false} error={null} />
        </Card>
      )}
      <Card
        size="small"
        role="region"
        aria-label={t("campaigns.detail.messages")}
        title={<h2 style={{ margin: 0, fontSize: 16 }}>{t("campaigns.detail.messages")}</h2>}
      >
        <Typography.Text strong>{t("campaigns.fields.messageZh")}</Typography.Text>
        <Typography.Paragraph lang="zh-CN" style={{ whiteSpace: "pre-wrap" }}>
          {data.messageZh}
        </Typography.Paragraph>
        <Typography.Text strong>{t("campaigns.fields.messageEn")}</Typography.Text>
        <Typography.Paragraph lang="en" style={{ whiteSpace: "pre-wrap", marginBottom: 0 }}>
          {data.messageEn}
        </Typography.Paragraph>
      </Card>
    </Flex>
  );

  return (
    <DetailLayout
      title={`${data.number} ${data.name}`}
      tags={<CampaignStatusTag status={data.status} />}
      actions={
        actions || (
          <Link to={CAMPAIGNS_PATH}>
            <ArrowLeftOutlined aria-hidden /> {t("campaigns.back")}
          </Link>
        )
      }
      factsTitle={t("campaigns.detail.facts")}
      side={side}
      facts={[
        { key: "kind", label: t("campaigns.fields.kind"), children: t(`campaigns.kind.${data.kind}`) },
        { key: "channel", label: t("campaigns.fields.channel"), children: t(`campaigns.channel.${data.channel}`) },
        {
          key: "visits",
          label: t("campaigns.fields.visits"),
          children: t("campaigns.detail.visits", { from: data.visitsFrom, until: data.visitsUntil }),
        },
        {
          key: "segment",
          label: t("campaigns.fields.segment"),
          span: "filled" as const,
          children: segmentInWords(data, t),
        },
        { key: "slotCapacity", label: t("campaigns.fields.slotCapacity"), children: data.slotCapacity },
        { key: "quietHours", label: t("campaigns.fields.quietHours"), children: quiet },
        {
          key: "sendAt",
          label: t("campaigns.fields.sendAt"),
          children: data.sendAt ? format.dateTime(data.sendAt) : t("campaigns.detail.sendAtLaunch"),
        },
        { key: "createdAt", label: t("campaigns.fields.createdAt"), children: format.dateTime(data.createdAt) },
        ...(data.launchedAt
          ? [{ key: "launchedAt", label: t("campaigns.fields.launchedAt"), children: format.dateTime(data.launchedAt) }]
          : []),
        ...(data.cancelledAt
          ? [
              {
                key: "cancelledAt",
                label: t("campaigns.fields.cancelledAt"),
                children: format.dateTime(data.cancelledAt),
              },
            ]
          : []),
      ]}
    >
      {action.error != null &&
        (isStaleVersion(action.error) || isProblemType(action.error, "campaign-not-changeable") ? (
          <RefusalAlert
            error={action.error}
            changedTypes={["campaign-not-changeable"]}
            changedText={t("campaigns.actions.changed")}
            onReload={() => {
              action.reset();
              void reload();
            }}
          />
        ) : (
          <ProblemAlert error={action.error} />
        ))}
      {data.status !== "DRAFT" && (
        <>
          <CampaignFunnel campaign={data} />
          <RecipientsPanel campaign={data} />
        </>
      )}
    </DetailLayout>
  );
}
