import { useTranslation } from "react-i18next";
import type { ImportStatus } from "../api/imports";

const TONE: Record<ImportStatus, string> = {
  QUEUED: "badge--new",
  RUNNING: "badge--underway",
  DONE: "badge--done",
  FAILED: "badge--late",
};

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${TONE[status]}`}>{t(`imports.status.${status}`)}</span>;
}
