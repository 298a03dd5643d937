import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { FollowUpStatus } from "../api/follow-ups";
import { tagColour } from "@/app/design/theme";

const COLOR: Record<FollowUpStatus, string> = {
  OPEN: "blue",
  COMPLETED: tagColour.green,
  UNREACHABLE: "default",
};

export function FollowUpStatusBadge({ status }: { status: FollowUpStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLOR[status]}>{t(`followUps.status.${status}`)}</Tag>;
}
