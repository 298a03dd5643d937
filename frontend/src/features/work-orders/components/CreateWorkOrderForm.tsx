import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { CheckboxField } from "@/components/CheckboxField";
import { Field } from "@/components/Field";
import { ProblemAlert } from "@/components/ProblemAlert";
import { newIdempotencyKey } from "@/lib/api/client";
import { fieldErrorsOf, isRetryable } from "@/lib/api/problem";
import { useTenantFormat } from "@/lib/current-user";
import { focusFirstInvalid } from "@/lib/validation";
import { useCreateWorkOrder, type WorkOrder } from "../api/work-orders";
import {
  PRIORITIES,
  TASKS,
  WORK_ORDER_TYPES,
  emptyWorkOrderForm,
  impliedQualifications,
  toCreateWorkOrderRequest,
  validateWorkOrderForm,
  type WorkOrderForm,
  type WorkOrderFormProblem,
} from "../model/work-order-form";
import { CustomerField } from "./CustomerField";

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
    "description",
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

  const implied = impliedQualifications(form.tasks);

  return (
    <form ref={formRef} className="panel" onSubmit={submit} noValidate aria-labelledby="create-order-title">
      <h2 id="create-order-title" className="panel__title">
        {t("workOrders.create.title")}
      </h2>
      <div className="field-grid">
        <Field label={t("workOrders.fields.type")} error={message("type")}>
          {(props) => (
            <select
              {...props}
              name="type"
              className="input"
              value={form.type}
              onChange={(e) => update({ type: e.target.value as WorkOrderForm["type"] })}
            >
              {WORK_ORDER_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`workOrders.type.${type}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("workOrders.fields.priority")} error={message("priority")}>
          {(props) => (
            <select
              {...props}
              name="priority"
              className="input"
              value={form.priority}
              onChange={(e) => update({ priority: e.target.value as WorkOrderForm["priority"] })}
            >
              {PRIORITIES.map((priority) => (
                <option key={priority} value={priority}>
                  {t(`workOrders.priority.${priority}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <CustomerField
          value={form.customerId}
          error={message("customerId")}
          onChange={(customerId) => update({ customerId }, "customerId")}
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

      <fieldset className="inline-group">
        <legend className="field__label">{t("workOrders.fields.tasks")}</legend>
        <div className="checkbox-row">
          {TASKS.map((task) => (
            <CheckboxField
              key={task}
              name={`tasks.${task}`}
              label={t(`workOrders.tasks.${task}`)}
              checked={form.tasks[task]}
              onChange={(checked) => update({ tasks: { ...form.tasks, [task]: checked } })}
            />
          ))}
        </div>
        <p className="field__hint">
          {implied.length > 0
            ? t("workOrders.create.requires", { qualifications: implied.map((q) => t(`qualifications.${q}`)).join("、") })
            : t("workOrders.create.requiresNothing")}
        </p>
      </fieldset>

      <fieldset className="inline-group">
        <legend className="field__label">{t("workOrders.fields.appointment")}</legend>
        <div className="field-grid field-grid--narrow">
          <Field label={t("workOrders.create.date")} error={message("appointment.date")}>
            {(props) => (
              <input
                {...props}
                type="date"
                name="appointment.date"
                className="input"
                value={form.date}
                onChange={(e) => update({ date: e.target.value }, "appointment.date")}
              />
            )}
          </Field>
          <Field label={t("workOrders.create.startTime")} error={message("appointment.start")}>
            {(props) => (
              <input
                {...props}
                type="time"
                name="appointment.start"
                className="input input--time"
                value={form.startTime}
                onChange={(e) => update({ startTime: e.target.value }, "appointment.start", "appointment.end")}
              />
            )}
          </Field>
          <Field label={t("workOrders.create.endTime")} error={message("appointment.end")}>
            {(props) => (
              <input
                {...props}
                type="time"
                name="appointment.end"
                className="input input--time"
                value={form.endTime}
                onChange={(e) => update({ endTime: e.target.value }, "appointment.end")}
              />
            )}
          </Field>
        </div>
        <p className="field__hint">{t("workOrders.create.timeZoneHint", { timeZone: format.timeZone })}</p>
      </fieldset>

      <fieldset className="inline-group">
        <legend className="field__label">{t("workOrders.fields.itemsToBring")}</legend>
        {form.items.map((item, index) => {
          const number = index + 1;
          const namePath = `itemsToBring[${index}].name`;
          const quantityPath = `itemsToBring[${index}].quantity`;
          return (
            <div key={index} className="item-row">
              <Field label={t("workOrders.create.itemName", { number })} error={message(namePath)} className="item-row__name">
                {(props) => (
                  <input
                    {...props}
                    name={namePath}
                    className="input input--wide"
                    value={item.name}
                    onChange={(e) =>
                      update({ items: form.items.map((it, i) => (i === index ? { ...it, name: e.target.value } : it)) }, namePath)
                    }
                  />
                )}
              </Field>
              <Field label={t("workOrders.create.itemQuantity", { number })} error={message(quantityPath)}>
                {(props) => (
                  <input
                    {...props}
                    name={quantityPath}
                    className="input input--number"
                    inputMode="numeric"
                    value={item.quantity}
                    onChange={(e) =>
                      update(
                        { items: form.items.map((it, i) => (i === index ? { ...it, quantity: e.target.value } : it)) },
                        quantityPath,
                      )
                    }
                  />
                )}
              </Field>
              <button
                type="button"
                className="button button--small button--quiet item-row__remove"
                aria-label={t("workOrders.create.removeItem", { number })}
                onClick={() => update({ items: form.items.filter((_, i) => i !== index) }, namePath, quantityPath)}
              >
                {t("common.remove")}
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="button button--small"
          onClick={() => update({ items: [...form.items, { name: "", quantity: "1" }] })}
        >
          {t("workOrders.create.addItem")}
        </button>
      </fieldset>

      <ProblemAlert error={create.error} displayedFields={shown} />
      <div className="form-footer__bar">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? t("common.creating") : t("workOrders.create.submit")}
        </button>
      </div>
    </form>
  );
}
