import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "@/components/Field";
import { AppointmentFieldset } from "@/components/WorkOrderFields";
import { fieldErrorsOf } from "@/lib/api/problem";
import { useTenantFormat } from "@/lib/current-user";
import type { WorkOrderInputProblem } from "@/lib/work-order-input";
import { useOrderAction, type WorkOrder } from "../../api/work-orders";
import {
  rescheduleFormOf,
  toRescheduleRequest,
  validateReschedule,
  type RescheduleForm as RescheduleFormState,
} from "../../model/reschedule-form";
import { ActionProblem } from "../ActionProblem";

const FIELDS = new Set(["appointment", "appointment.start", "appointment.end", "reason"]);

/** The customer asked for another time: the new window (the crew must be free then) and why. */
export function RescheduleForm({ order, onDone }: { order: WorkOrder; onDone?: () => void }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const { mutation, reload } = useOrderAction(order);
  const [form, setForm] = useState<RescheduleFormState>(() => rescheduleFormOf(order, format.timeZone));
  const [problems, setProblems] = useState<Record<string, WorkOrderInputProblem>>({});
  const server = fieldErrorsOf(mutation.error);

  function message(path: string): string | undefined {
    const problem = problems[path];
    if (problem) return t(`workOrders.create.problems.${problem}`);
    return server[path] ?? (path === "appointment.start" ? server["appointment"] : undefined);
  }

  function update(change: Partial<RescheduleFormState>, ...cleared: string[]) {
    setForm((current) => ({ ...current, ...change }));
    setProblems((current) => {
      const next = { ...current };
      cleared.forEach((path) => delete next[path]);
      return next;
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateReschedule(form, format.timeZone);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    mutation.mutate(
      { action: "reschedule", body: toRescheduleRequest(form, order.version, format.timeZone) },
      { onSuccess: () => onDone?.() },
    );
  }

  return (
    <form className="action" onSubmit={submit} noValidate aria-label={t("workOrders.reschedule.title")}>
      <AppointmentFieldset value={form} timeZone={format.timeZone} message={message} onChange={update} />
      <Field label={t("workOrders.reschedule.reason")} error={message("reason")}>
        {(props) => (
          <textarea
            {...props}
            name="reason"
            className="input input--text"
            rows={2}
            placeholder={t("workOrders.reschedule.placeholder")}
            value={form.reason}
            onChange={(event) => update({ reason: event.target.value }, "reason")}
          />
        )}
      </Field>
      <p className="action__hint">{t("workOrders.reschedule.hint")}</p>
      <ActionProblem error={mutation.error} displayedFields={FIELDS} onReload={reload} />
      <button type="submit" className="button button--primary" disabled={mutation.isPending}>
        {mutation.isPending ? t("common.saving") : t("workOrders.reschedule.submit")}
      </button>
    </form>
  );
}
