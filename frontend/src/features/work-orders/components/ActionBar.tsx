import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Installer, WorkOrder } from "../api/work-orders";
import { officeActions, type OfficeAction } from "../model/lifecycle";
import { AssignDialog } from "./AssignDialog";
import { CancelForm } from "./actions/CancelForm";
import { CloseForm } from "./actions/CloseForm";
import { CheckInAction } from "./actions/CheckInAction";
import { CompleteWorkForm } from "./actions/CompleteWorkForm";
import { ContactForm } from "./actions/ContactForm";
import { PauseForm } from "./actions/PauseForm";
import { RescheduleForm } from "./actions/RescheduleForm";
import { SignOffForm } from "./actions/SignOffForm";
import { SimpleAction } from "./actions/SimpleAction";

type PanelAction = "contact" | "pause" | "complete" | "signOff" | "cancel" | "close" | "assign" | "reassign" | "reschedule";
const PANEL_ACTIONS: ReadonlySet<OfficeAction> = new Set<PanelAction>([
  "contact",
  "pause",
  "complete",
  "signOff",
  "cancel",
  "close",
  "assign",
  "reassign",
  "reschedule",
]);

interface ActionBarProps {
  order: WorkOrder;
  roles: readonly string[];
  installers: readonly Installer[];
  orders: readonly WorkOrder[];
}

/** The office's actions on an order: only those the order allows now, each with the input it needs. */
export function ActionBar({ order, roles, installers, orders }: ActionBarProps) {
  const { t } = useTranslation();
  const actions = officeActions(order, roles);
  const [open, setOpen] = useState<PanelAction | null>(null);
  const shown = open && actions.includes(open) ? open : null;

  if (actions.length === 0) {
    return <p className="muted">{t("workOrders.detail.noActions")}</p>;
  }

  return (
    <section className="panel" aria-label={t("workOrders.detail.actions")}>
      <div className="action-bar">
        {actions.map((action) => {
          if (action === "checkIn") return <CheckInAction key={action} order={order} locate={false} />;
          if (!PANEL_ACTIONS.has(action)) {
            return (
              <SimpleAction key={action} order={order} action={action as "depart" | "resume" | "reportIn" | "file"} />
            );
          }
          const panel = action as PanelAction;
          return (
            <button
              key={action}
              type="button"
              className={action === "cancel" ? "button button--danger" : "button button--primary"}
              aria-expanded={shown === panel}
              onClick={() => setOpen(shown === panel ? null : panel)}
            >
              {t(`workOrders.actions.${panel}`)}
            </button>
          );
        })}
      </div>
      {shown === "contact" && <ContactForm order={order} onDone={() => setOpen(null)} />}
      {shown === "pause" && <PauseForm order={order} onDone={() => setOpen(null)} />}
      {shown === "complete" && <CompleteWorkForm order={order} onDone={() => setOpen(null)} />}
      {shown === "signOff" && <SignOffForm order={order} onDone={() => setOpen(null)} />}
      {shown === "cancel" && <CancelForm order={order} onDone={() => setOpen(null)} />}
      {shown === "close" && <CloseForm order={order} onDone={() => setOpen(null)} />}
      {shown === "reschedule" && <RescheduleForm order={order} onDone={() => setOpen(null)} />}
      {(shown === "assign" || shown === "reassign") && (
        <AssignDialog order={order} installers={installers} orders={orders} onClose={() => setOpen(null)} />
      )}
    </section>
  );
}
