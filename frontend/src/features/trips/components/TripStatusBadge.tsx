import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { TripStatus } from "../api/trips";

const COLOUR: Record<TripStatus, string> = {
  PLANNED: "processing",
  COMPLETED: "success",
  CANCELLED: "default",
};

/** The trip's state as a coloured tag, in words. */
export function TripStatusBadge({ status }: { status: TripStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLOUR[status]}>{t(`trips.status.${status}`)}</Tag>;
}
