import { useTranslation } from "react-i18next";
import type { WorkOrder } from "../../api/work-orders";
import { ReasonForm } from "./ReasonForm";

export function CancelForm({ order, onDone }: { order: WorkOrder; onDone?: () => void }) {
  const { t } = useTranslation();
  return (
    <ReasonForm
      order={order}
      action="cancel"
      field="reason"
      label={t("workOrders.cancel.reason")}
      submitLabel={t("workOrders.cancel.submit")}
      danger
      onDone={onDone}
    />
  );
}
