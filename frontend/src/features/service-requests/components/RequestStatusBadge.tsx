import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { ServiceRequestStatus } from "../api/service-requests";
import { tagColour } from "@/app/design/theme";

const COLOR: Record<ServiceRequestStatus, string> = {
  OPEN: "blue",
  RESOLVED_BY_PHONE: tagColour.green,
  CONVERTED: "purple",
  DISMISSED: "default",
};

export function RequestStatusBadge({ status }: { status: ServiceRequestStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLOR[status]}>{t(`serviceRequests.status.${status}`)}</Tag>;
}
