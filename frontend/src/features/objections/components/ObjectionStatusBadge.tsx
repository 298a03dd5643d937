import { useTranslation } from "react-i18next";
import type { ObjectionStatus } from "../api/objections";

const TONE: Record<ObjectionStatus, string> = {
  OPEN: "badge--new",
  COMMITTED: "badge--assigned",
  RESOLVED: "badge--done",
};

export function ObjectionStatusBadge({ status }: { status: ObjectionStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${TONE[status]}`}>{t(`objections.status.${status}`)}</span>;
}

/** Escalated to the manager: no commitment was given in time. */
export function EscalatedBadge() {
  const { t } = useTranslation();
  return <span className="badge badge--late">{t("objections.escalated")}</span>;
}
