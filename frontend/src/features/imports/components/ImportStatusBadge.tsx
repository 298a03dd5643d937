import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { ImportStatus } from "../api/imports";

const COLOR: Record<ImportStatus, string> = {
  QUEUED: "default",
  RUNNING: "processing",
  DONE: "success",
  FAILED: "error",
};

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLOR[status]}>{t(`imports.status.${status}`)}</Tag>;
}
