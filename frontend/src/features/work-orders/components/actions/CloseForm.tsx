import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "@/components/Field";
import { fieldErrorsOf } from "@/lib/api/problem";
import { isBlank } from "@/lib/validation";
import { useOrderAction, type WorkOrder } from "../../api/work-orders";
import { ActionProblem } from "../ActionProblem";

const FIELDS = new Set(["followUpSkippedReason"]);

export function CloseForm({ order, onDone }: { order: WorkOrder; onDone?: () => void }) {
  const { t } = useTranslation();
  const { mutation, reload } = useOrderAction(order);
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const server = fieldErrorsOf(mutation.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (isBlank(reason)) {
      setMissing(true);
      return;
    }
    mutation.mutate({ action: "close", body: { version: order.version, followUpSkippedReason: reason.trim() } }, { onSuccess: () => onDone?.() });
  }

  return (
    <form className="action" onSubmit={submit} noValidate aria-label={t("workOrders.actions.close")}>
      <Field label={t("workOrders.close.reason")} error={missing ? t("validation.required") : server.followUpSkippedReason}>
        {(props) => (
          <textarea
            {...props}
            name="followUpSkippedReason"
            className="input input--text"
            rows={2}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              setMissing(false);
            }}
          />
        )}
      </Field>
      <ActionProblem error={mutation.error} displayedFields={FIELDS} onReload={reload} />
      <button type="submit" className="button button--primary" disabled={mutation.isPending}>
        {mutation.isPending ? t("common.saving") : t("workOrders.close.submit")}
      </button>
    </form>
  );
}
