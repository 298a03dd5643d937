import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { CheckboxField } from "@/components/CheckboxField";
import { Field } from "@/components/Field";
import { fieldErrorsOf } from "@/lib/api/problem";
import { isBlank } from "@/lib/validation";
import { useOrderAction, type WorkOrder } from "../../api/work-orders";
import { ActionProblem } from "../ActionProblem";

const FIELDS = new Set(["reason", "customerInformed"]);

/** Leaving the site for a while: a reason, and the customer must have been told. */
export function PauseForm({ order, onDone }: { order: WorkOrder; onDone?: () => void }) {
  const { t } = useTranslation();
  const { mutation, reload } = useOrderAction(order);
  const [reason, setReason] = useState("");
  const [customerInformed, setCustomerInformed] = useState(false);
  const [problems, setProblems] = useState<{ reason?: boolean; customerInformed?: boolean }>({});
  const server = fieldErrorsOf(mutation.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = { reason: isBlank(reason), customerInformed: !customerInformed };
    setProblems(found);
    if (found.reason || found.customerInformed) return;
    mutation.mutate(
      { action: "pause", body: { version: order.version, reason: reason.trim(), customerInformed } },
      { onSuccess: () => onDone?.() },
    );
  }

  return (
    <form className="action" onSubmit={submit} noValidate aria-label={t("workOrders.actions.pause")}>
      <Field label={t("workOrders.pause.reason")} error={problems.reason ? t("validation.required") : server.reason}>
        {(props) => (
          <textarea
            {...props}
            name="reason"
            className="input input--text"
            rows={2}
            placeholder={t("workOrders.pause.placeholder")}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </Field>
      <CheckboxField
        name="customerInformed"
        label={t("workOrders.pause.customerInformed")}
        checked={customerInformed}
        onChange={setCustomerInformed}
        error={problems.customerInformed ? t("workOrders.pause.mustInform") : server.customerInformed}
      />
      <ActionProblem error={mutation.error} displayedFields={FIELDS} onReload={reload} />
      <button type="submit" className="button" disabled={mutation.isPending}>
        {mutation.isPending ? t("common.saving") : t("workOrders.pause.submit")}
      </button>
    </form>
  );
}
