import { useTranslation } from "react-i18next";
import type { ServiceRequestStatus } from "../api/service-requests";

const TONE: Record<ServiceRequestStatus, string> = {
  OPEN: "badge--new",
  RESOLVED_BY_PHONE: "badge--done",
  CONVERTED: "badge--assigned",
  DISMISSED: "badge--cancelled",
};

export function RequestStatusBadge({ status }: { status: ServiceRequestStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${TONE[status]}`}>{t(`serviceRequests.status.${status}`)}</span>;
}
