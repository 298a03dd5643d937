import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "@/components/Field";
import { fieldErrorsOf } from "@/lib/api/problem";
import { isBlank } from "@/lib/validation";
import { useOrderAction, type WorkOrder } from "../../api/work-orders";
import { ActionProblem } from "../ActionProblem";

interface ReasonFormProps {
  order: WorkOrder;
  /** The action and the request field that carries the reason. */
  action: "cancel" | "close";
  field: "reason" | "followUpSkippedReason";
  /** The field's label and the submit button's text, translated. */
  label: string;
  submitLabel: string;
  danger?: boolean;
  onDone?: () => void;
}

/** An order action that needs only a reason the person must type (cancelling, closing without the follow-up). */
export function ReasonForm({ order, action, field, label, submitLabel, danger, onDone }: ReasonFormProps) {
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
    const command =
      action === "cancel"
        ? { action, body: { version: order.version, reason: reason.trim() } }
        : { action, body: { version: order.version, followUpSkippedReason: reason.trim() } };
    mutation.mutate(command, { onSuccess: () => onDone?.() });
  }

  return (
    <form className="action" onSubmit={submit} noValidate aria-label={t(`workOrders.actions.${action}`)}>
      <Field label={label} error={missing ? t("validation.required") : server[field]}>
        {(props) => (
          <textarea
            {...props}
            name={field}
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
      <ActionProblem error={mutation.error} displayedFields={new Set([field])} onReload={reload} />
      <button type="submit" className={danger ? "button button--danger" : "button button--primary"} disabled={mutation.isPending}>
        {mutation.isPending ? t("common.saving") : submitLabel}
      </button>
    </form>
  );
}
