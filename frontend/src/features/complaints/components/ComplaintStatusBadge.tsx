import { useTranslation } from "react-i18next";
import type { ComplaintStatus } from "../api/complaints";

const TONE: Record<ComplaintStatus, string> = {
  OPEN: "badge--new",
  INVESTIGATING: "badge--underway",
  VERIFIED: "badge--late",
  REJECTED: "badge--off",
  CLOSED: "badge--done",
};

export function ComplaintStatusBadge({ status }: { status: ComplaintStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${TONE[status]}`}>{t(`complaints.status.${status}`)}</span>;
}
