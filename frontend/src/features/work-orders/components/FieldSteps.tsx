import { Alert, Collapse, Flex } from "antd";
import { useTranslation } from "react-i18next";
import type { WorkOrder } from "../api/work-orders";
import { availableActions } from "../model/lifecycle";
import { CheckInAction } from "./actions/CheckInAction";
import { CompleteWorkForm } from "./actions/CompleteWorkForm";
import { ContactForm } from "./actions/ContactForm";
import { PauseForm } from "./actions/PauseForm";
import { SignOffForm } from "./actions/SignOffForm";
import { SimpleAction } from "./actions/SimpleAction";

interface FieldStepsProps {
  order: WorkOrder;
  roles: readonly string[];
  /** The job's safety checks as the server lists them, for the completion form. */
  safetyChecks?: readonly { key: string }[];
}

/**
 * The installer's next step on the job, laid out for a phone: the form of each field action the order allows
 * now, directly on the page. Leaving the site for a while is tucked away under the completion form.
 */
export function FieldSteps({ order, roles, safetyChecks }: FieldStepsProps) {
  const { t } = useTranslation();
  const actions = availableActions(order, roles).filter(
    (action) => !["assign", "reassign", "file", "close", "cancel"].includes(action),
  );
  if (actions.length === 0) {
    const done = order.status === "REPORTED_IN" || order.status === "FILED" || order.status === "CLOSED";
    return (
      <Alert
        type={done ? "success" : "info"}
        showIcon
        role="status"
        title={done ? t("jobs.done") : t("jobs.nothingToDo")}
      />
    );
  }
  return (
    <Flex vertical gap={16}>
      {actions.map((action) => {
        switch (action) {
          case "contact":
            return <ContactForm key={action} order={order} />;
          case "depart":
            return <SimpleAction key={action} order={order} action="depart" large locate hint={t("jobs.departHint")} />;
          case "checkIn":
            return <CheckInAction key={action} order={order} large />;
          case "resume":
            return <SimpleAction key={action} order={order} action="resume" large hint={t("jobs.resumeHint")} />;
          case "complete":
            return <CompleteWorkForm key={action} order={order} safetyChecks={safetyChecks} />;
          case "pause":
            return (
              <Collapse
                key={action}
                size="small"
                items={[{ key: "pause", label: t("jobs.pauseQuestion"), children: <PauseForm order={order} /> }]}
              />
            );
          case "signOff":
            return <SignOffForm key={action} order={order} />;
          case "reportIn":
            return <SimpleAction key={action} order={order} action="reportIn" large hint={t("jobs.reportInHint")} />;
          default:
            return null;
        }
      })}
    </Flex>
  );
}
