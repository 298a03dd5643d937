import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import { tagColour } from "@/app/design/theme";
import type { CampaignStage, CampaignStatus } from "../api/campaigns";

const STATUS_COLOUR: Record<CampaignStatus, string> = {
  DRAFT: tagColour.gold,
  LAUNCHED: "processing",
  CANCELLED: "default",
};

/** The campaign's state as a coloured tag, in words. */
export function CampaignStatusTag({ status }: { status: CampaignStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOUR[status]}>{t(`campaigns.status.${status}`)}</Tag>;
}

const STAGE_COLOUR: Record<CampaignStage, string> = {
  PENDING: "default",
  SENT: "blue",
  DELIVERED: "geekblue",
  OPENED: tagColour.cyan,
  BOOKED: "purple",
  DONE: tagColour.green,
  FAILED: "red",
  OPTED_OUT: tagColour.orange,
  UNREACHABLE: "default",
};

/** How far a customer got, as a coloured tag. */
export function CampaignStageTag({ stage }: { stage: CampaignStage }) {
  const { t } = useTranslation();
  return <Tag color={STAGE_COLOUR[stage]}>{t(`campaigns.stage.${stage}`)}</Tag>;
}
