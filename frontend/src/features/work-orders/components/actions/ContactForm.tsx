import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "@/components/Field";
import { fieldErrorsOf } from "@/lib/api/problem";
import { isBlank } from "@/lib/validation";
import { useOrderAction, type WorkOrder } from "../../api/work-orders";
import { ActionProblem } from "../ActionProblem";

const FIELDS = new Set(["note"]);

/** The installer called the customer and confirmed address, time and what to bring (recorded). */
export function ContactForm({ order, onDone }: { order: WorkOrder; onDone?: () => void }) {
  const { t } = useTranslation();
  const { mutation, reload } = useOrderAction(order);
  const [note, setNote] = useState("");
  const [missing, setMissing] = useState(false);
  const server = fieldErrorsOf(mutation.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (isBlank(note)) {
      setMissing(true);
      return;
    }
    mutation.mutate({ action: "contact", body: { version: order.version, note: note.trim() } }, { onSuccess: () => onDone?.() });
  }

  return (
    <form className="action" onSubmit={submit} noValidate aria-label={t("workOrders.actions.contact")}>
      <p className="action__hint">{t("workOrders.contact.hint")}</p>
      <Field label={t("workOrders.contact.note")} error={missing ? t("validation.required") : server.note}>
        {(props) => (
          <textarea
            {...props}
            name="note"
            className="input input--text"
            rows={3}
            placeholder={t("workOrders.contact.placeholder")}
            value={note}
            onChange={(event) => {
              setNote(event.target.value);
              setMissing(false);
            }}
          />
        )}
      </Field>
      <ActionProblem error={mutation.error} displayedFields={FIELDS} onReload={reload} />
      <button type="submit" className="button button--primary button--large" disabled={mutation.isPending}>
        {mutation.isPending ? t("common.saving") : t("workOrders.contact.submit")}
      </button>
    </form>
  );
}
