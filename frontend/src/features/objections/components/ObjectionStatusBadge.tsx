import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { ObjectionStatus } from "../api/objections";
import { tagColour } from "@/app/design/theme";

const COLOR: Record<ObjectionStatus, string> = {
  OPEN: "blue",
  COMMITTED: tagColour.gold,
  RESOLVED: tagColour.green,
};

export function ObjectionStatusBadge({ status }: { status: ObjectionStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLOR[status]}>{t(`objections.status.${status}`)}</Tag>;
}

/** Escalated to the manager: no commitment was given in time. */
export function EscalatedBadge() {
  const { t } = useTranslation();
  return <Tag color="red">{t("objections.escalated")}</Tag>;
}
