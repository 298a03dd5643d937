import { useTranslation } from "react-i18next";
import type { WorkOrder } from "../../api/work-orders";
import { ReasonForm } from "./ReasonForm";

/** Closing a filed order by hand skips its follow-up call: the server keeps the reason on the timeline. */
export function CloseForm({ order, onDone }: { order: WorkOrder; onDone?: () => void }) {
  const { t } = useTranslation();
  return (
    <ReasonForm
      order={order}
      action="close"
      field="followUpSkippedReason"
      label={t("workOrders.close.reason")}
      submitLabel={t("workOrders.close.submit")}
      onDone={onDone}
    />
  );
}
