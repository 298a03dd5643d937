import { useTranslation } from "react-i18next";
import type { WorkOrder } from "../api/work-orders";
import { availableActions } from "../model/lifecycle";
import { CheckInAction } from "./actions/CheckInAction";
import { CompleteWorkForm } from "./actions/CompleteWorkForm";
import { ContactForm } from "./actions/ContactForm";
import { PauseForm } from "./actions/PauseForm";
import { SignOffForm } from "./actions/SignOffForm";
import { SimpleAction } from "./actions/SimpleAction";

/**
 * The installer's next step on the job, laid out for a phone: the form of each field action the order allows
 * now, directly on the page. Leaving the site for a while is tucked away under the completion form.
 */
export function FieldSteps({ order, roles }: { order: WorkOrder; roles: readonly string[] }) {
  const { t } = useTranslation();
  const actions = availableActions(order, roles).filter(
    (action) => !["assign", "reassign", "file", "close", "cancel"].includes(action),
  );
  if (actions.length === 0) {
    return (
      <p className="status status--ok" role="status">
        {order.status === "REPORTED_IN" || order.status === "FILED" || order.status === "CLOSED"
          ? t("jobs.done")
          : t("jobs.nothingToDo")}
      </p>
    );
  }
  return (
    <div className="field-steps">
      {actions.map((action) => {
        switch (action) {
          case "contact":
            return <ContactForm key={action} order={order} />;
          case "depart":
            return <SimpleAction key={action} order={order} action="depart" large hint={t("jobs.departHint")} />;
          case "checkIn":
            return <CheckInAction key={action} order={order} large />;
          case "resume":
            return <SimpleAction key={action} order={order} action="resume" large hint={t("jobs.resumeHint")} />;
          case "complete":
            return <CompleteWorkForm key={action} order={order} />;
          case "pause":
            return (
              <details key={action} className="disclosure">
                <summary>{t("jobs.pauseQuestion")}</summary>
                <PauseForm order={order} />
              </details>
            );
          case "signOff":
            return <SignOffForm key={action} order={order} />;
          case "reportIn":
            return <SimpleAction key={action} order={order} action="reportIn" large hint={t("jobs.reportInHint")} />;
          default:
            return null;
        }
      })}
    </div>
  );
}
