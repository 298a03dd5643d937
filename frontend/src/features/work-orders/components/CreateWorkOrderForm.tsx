import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { CustomerSearch } from "@/components/CustomerSearch";
import { Field } from "@/components/Field";
import { ProblemAlert } from "@/components/ProblemAlert";
import { SiteSelect } from "@/components/SiteSelect";
import {
  AppointmentFieldset,
  FaultCategoryField,
  ItemsFieldset,
  TasksFieldset,
  TypeAndPriorityFields,
} from "@/components/WorkOrderFields";
import { newIdempotencyKey } from "@/lib/api/client";
import { fieldErrorsOf, isRetryable } from "@/lib/api/problem";
import { useTenantFormat } from "@/lib/current-user";
import { focusFirstInvalid } from "@/lib/validation";
import { useCreateWorkOrder, type WorkOrder } from "../api/work-orders";
import {
  emptyWorkOrderForm,
  toCreateWorkOrderRequest,
  validateWorkOrderForm,
  type WorkOrderForm,
  type WorkOrderFormProblem,
} from "../model/work-order-form";

export function CreateWorkOrderForm({ onCreated }: { onCreated: (order: WorkOrder) => void }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const create = useCreateWorkOrder();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<WorkOrderForm>(() => emptyWorkOrderForm(format.today()));
  const [problems, setProblems] = useState<Record<string, WorkOrderFormProblem>>({});
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const server = fieldErrorsOf(create.error);
  // The server names the window's instants; the form shows them at the date and time controls.
  const serverAt = (path: string) =>
    server[path] ?? (path === "appointment.start" ? server["appointment"] : undefined);

  const shown = new Set([
    "type",
    "priority",
    "customerId",
    "siteId",
    "description",
    "faultCategory",
    "tasks",
    "appointment",
    "appointment.start",
    "appointment.end",
    ...form.items.flatMap((_, i) => [`itemsToBring[${i}].name`, `itemsToBring[${i}].quantity`]),
  ]);

  function message(path: string): string | undefined {
    const problem = problems[path];
    return problem ? t(`workOrders.create.problems.${problem}`) : serverAt(path);
  }

  function update(change: Partial<WorkOrderForm>, ...cleared: string[]) {
    setForm((current) => ({ ...current, ...change }));
    setProblems((current) => {
      const next = { ...current };
      cleared.forEach((path) => delete next[path]);
      return next;
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateWorkOrderForm(form, format.timeZone);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current, Object.keys(found));
      return;
    }
    create.mutate(
      { body: toCreateWorkOrderRequest(form, format.timeZone), idempotencyKey },
      {
        onSuccess: onCreated,
        onError: (error) => {
          if (!isRetryable(error)) setIdempotencyKey(newIdempotencyKey());
        },
      },
    );
  }

  return (
    <form ref={formRef} className="panel" onSubmit={submit} noValidate aria-labelledby="create-order-title">
      <h2 id="create-order-title" className="panel__title">
        {t("workOrders.create.title")}
      </h2>
      <div className="field-grid">
        <TypeAndPriorityFields type={form.type} priority={form.priority} message={message} onChange={(change) => update(change)} />
        <FaultCategoryField
          value={form.faultCategory}
          message={message}
          onChange={(faultCategory, ...cleared) => update({ faultCategory }, ...cleared)}
        />
      </div>
      <div className="field-grid field-grid--wide">
        <CustomerSearch
          label={t("workOrders.fields.customer")}
          name="customerId"
          customerId={form.customerId}
          placeholder={t("customerSearch.placeholder")}
          error={message("customerId")}
          onChange={(customer) => update({ customerId: customer?.id ?? "", siteId: "" }, "customerId", "siteId")}
        />
        <SiteSelect
          label={t("workOrders.fields.siteId")}
          name="siteId"
          customerId={form.customerId}
          value={form.siteId}
          error={message("siteId")}
          onChange={(siteId) => update({ siteId }, "siteId")}
        />
      </div>
      <Field label={t("workOrders.fields.description")} error={message("description")} className="field--block">
        {(props) => (
          <textarea
            {...props}
            name="description"
            className="input input--text input--full"
            rows={3}
            value={form.description}
            onChange={(e) => update({ description: e.target.value }, "description")}
          />
        )}
      </Field>
      <TasksFieldset tasks={form.tasks} onChange={(tasks) => update({ tasks })} />
      <AppointmentFieldset value={form} timeZone={format.timeZone} message={message} onChange={update} />
      <ItemsFieldset items={form.items} message={message} onChange={(items, ...cleared) => update({ items }, ...cleared)} />

      <ProblemAlert error={create.error} displayedFields={shown} />
      <div className="form-footer__bar">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? t("common.creating") : t("workOrders.create.submit")}
        </button>
      </div>
    </form>
  );
}
