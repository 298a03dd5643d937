import { Button, Card, Flex } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { WorkOrder, WorkOrderDetail } from "../api/work-orders";
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

type PanelAction =
  "contact" | "pause" | "complete" | "signOff" | "cancel" | "close" | "assign" | "reassign" | "reschedule";
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
  job?: WorkOrderDetail["job"];
  roles: readonly string[];
}

/**
 * The office's actions on an order: only those the order allows now, the primary one first and cancelling last;
 * each opens the input it needs under the buttons (assigning in a dialog with each installer's eligibility).
 */
export function ActionBar({ order, job, roles }: ActionBarProps) {
  const { t } = useTranslation();
  // Cancelling is destructive: always the last button.
  const actions = [...officeActions(order, roles)].sort((a, b) => Number(a === "cancel") - Number(b === "cancel"));
  const [open, setOpen] = useState<PanelAction | null>(null);
  const shown = open && actions.includes(open) ? open : null;
  const done = () => setOpen(null);

  if (actions.length === 0) return null;

  return (
    <Flex vertical gap={12} role="region" aria-label={t("workOrders.detail.actions")} style={{ marginBottom: 16 }}>
      <Flex gap={8} wrap>
        {actions.map((action, index) => {
          if (action === "checkIn") return <CheckInAction key={action} order={order} locate={false} />;
          if (!PANEL_ACTIONS.has(action)) {
            return (
              <SimpleAction key={action} order={order} action={action as "depart" | "resume" | "reportIn" | "file"} />
            );
          }
          const panel = action as PanelAction;
          return (
            <Button
              key={action}
              type={index === 0 && action !== "cancel" ? "primary" : "default"}
              danger={action === "cancel"}
              aria-expanded={panel === "assign" || panel === "reassign" ? undefined : shown === panel}
              onClick={() => setOpen(shown === panel ? null : panel)}
            >
              {t(`workOrders.actions.${panel}`)}
            </Button>
          );
        })}
      </Flex>
      {shown && shown !== "assign" && shown !== "reassign" && (
        <Card size="small" title={t(`workOrders.actions.${shown}`)}>
          {shown === "contact" && <ContactForm order={order} onDone={done} />}
          {shown === "pause" && <PauseForm order={order} onDone={done} />}
          {shown === "complete" && <CompleteWorkForm order={order} safetyChecks={job?.safetyChecks} onDone={done} />}
          {shown === "signOff" && <SignOffForm order={order} onDone={done} />}
          {shown === "cancel" && <CancelForm order={order} onDone={done} />}
          {shown === "close" && <CloseForm order={order} onDone={done} />}
          {shown === "reschedule" && <RescheduleForm order={order} onDone={done} />}
        </Card>
      )}
      {(shown === "assign" || shown === "reassign") && <AssignDialog order={order} onClose={done} />}
    </Flex>
  );
}
