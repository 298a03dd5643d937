import { useTranslation } from "react-i18next";
import type { WorkOrderStatus } from "../api/work-orders";
import { boardColumnOf } from "../model/lifecycle";

export function StatusBadge({ status }: { status: WorkOrderStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${boardColumnOf(status)}`}>{t(`workOrders.status.${status}`)}</span>;
}
