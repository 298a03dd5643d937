import { useTranslation } from "react-i18next";
import type { FollowUpStatus } from "../api/follow-ups";

const TONE: Record<FollowUpStatus, string> = {
  OPEN: "badge--new",
  COMPLETED: "badge--done",
  UNREACHABLE: "badge--cancelled",
};

export function FollowUpStatusBadge({ status }: { status: FollowUpStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${TONE[status]}`}>{t(`followUps.status.${status}`)}</span>;
}
