import { useTranslation } from "react-i18next";
import type { TripStatus } from "../api/trips";

const TONE: Record<TripStatus, string> = { PLANNED: "badge--assigned", COMPLETED: "badge--done", CANCELLED: "badge--cancelled" };

export function TripStatusBadge({ status }: { status: TripStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${TONE[status]}`}>{t(`trips.status.${status}`)}</span>;
}
