import { useTranslation } from "react-i18next";
import { useOrderAction, type WorkOrder } from "../../api/work-orders";
import { ActionProblem } from "../ActionProblem";

type SimpleActionName = "depart" | "resume" | "reportIn" | "file";

interface SimpleActionProps {
  order: WorkOrder;
  action: SimpleActionName;
  /** A large full-width button for the installer's phone. */
  large?: boolean;
  hint?: string;
}

/** An action that needs nothing but the order's version: one button. */
export function SimpleAction({ order, action, large, hint }: SimpleActionProps) {
  const { t } = useTranslation();
  const { mutation, reload } = useOrderAction(order);
  return (
    <div className="action">
      {hint && <p className="action__hint">{hint}</p>}
      <button
        type="button"
        className={large ? "button button--primary button--large" : "button button--primary"}
        disabled={mutation.isPending}
        onClick={() => mutation.mutate({ action, body: { version: order.version } })}
      >
        {mutation.isPending ? t("common.saving") : t(`workOrders.actions.${action}`)}
      </button>
      <ActionProblem error={mutation.error} onReload={reload} />
    </div>
  );
}
