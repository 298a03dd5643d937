import { TeamOutlined } from "@ant-design/icons";
import { Alert, Spin } from "antd";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import type { CampaignAudience, CampaignChannel } from "../api/campaigns";

interface AudienceCountProps {
  audience: CampaignAudience | undefined;
  channel: CampaignChannel;
  /** A newer segment is being counted: the last count stays, marked as updating. */
  counting: boolean;
  error: unknown;
}

/** "Reaches 120 customers · 3 opted out · 5 without a phone": who the segment reaches today. */
export function AudienceCount({ audience, channel, counting, error }: AudienceCountProps) {
  const { t } = useTranslation();
  if (error) return <ProblemAlert error={error} />;
  const text = audience
    ? t(`campaigns.audience.reaches.${channel}`, {
        customers: audience.customers,
        optedOut: audience.optedOut,
        unreachable: audience.unreachable,
      })
    : t("campaigns.audience.counting");
  return (
    <div role="status" aria-live="polite" aria-busy={counting}>
      <Alert
        type={audience && audience.customers === 0 ? "warning" : "info"}
        showIcon
        icon={counting ? <Spin size="small" /> : <TeamOutlined />}
        title={text}
        description={audience && audience.customers === 0 ? t("campaigns.audience.nobody") : undefined}
      />
    </div>
  );
}
