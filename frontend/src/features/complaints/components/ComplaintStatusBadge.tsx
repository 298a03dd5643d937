import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { ComplaintStatus } from "../api/complaints";
import { tagColour } from "@/app/design/theme";

const COLOR: Record<ComplaintStatus, string> = {
  OPEN: "blue",
  INVESTIGATING: "processing",
  VERIFIED: "red",
  REJECTED: "default",
  CLOSED: tagColour.green,
};

export function ComplaintStatusBadge({ status }: { status: ComplaintStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLOR[status]}>{t(`complaints.status.${status}`)}</Tag>;
}
