import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { WorkOrderStatus } from "../api/work-orders";
import { boardColumnOf, type BoardColumnKey } from "../model/lifecycle";
import { tagColour } from "@/app/design/theme";

/** Each board column its colour; the state is always written out too, so colour is never the only sign. */
export const STATUS_COLOURS: Record<BoardColumnKey, string> = {
  new: tagColour.gold,
  assigned: "blue",
  underway: tagColour.cyan,
  awaitingSignOff: "purple",
  toFile: "geekblue",
  done: "success",
  cancelled: "default",
};

export function StatusBadge({ status }: { status: WorkOrderStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOURS[boardColumnOf(status)]} style={{ marginInlineEnd: 0 }}>
      {t(`workOrders.status.${status}`)}
    </Tag>
  );
}

/** Arrived later than the window plus the tenant's grace minutes. */
export function LateTag({ minutes, short = false }: { minutes?: number | undefined; short?: boolean }) {
  const { t } = useTranslation();
  return (
    <Tag color="error" style={{ marginInlineEnd: 0 }}>
      {short ? t("workOrders.lateShort") : t("workOrders.late", { minutes: minutes ?? 0 })}
    </Tag>
  );
}
