import { useTranslation } from "react-i18next";
import type { Schema } from "@/lib/api/schema-types";
import {
  PRIORITIES,
  TASKS,
  WORK_ORDER_TYPES,
  impliedQualifications,
  type AppointmentInput,
  type ItemRow,
  type Task,
} from "@/lib/work-order-input";
import { CheckboxField } from "./CheckboxField";
import { Field } from "./Field";

// The parts of a new work order that both "new work order" and "convert a service request" ask for.
// `message(path)` gives the already translated message of a JSON path such as "itemsToBring[0].name";
// `onChange(change, ...cleared)` reports the change and the paths whose messages it clears.

type Message = (path: string) => string | undefined;
type WorkOrderType = Schema<"WorkOrderType">;
type Priority = Schema<"Priority">;

export function TasksFieldset({
  tasks,
  onChange,
}: {
  tasks: Record<Task, boolean>;
  onChange: (tasks: Record<Task, boolean>) => void;
}) {
  const { t } = useTranslation();
  const implied = impliedQualifications(tasks);
  return (
    <fieldset className="inline-group">
      <legend className="field__label">{t("workOrders.fields.tasks")}</legend>
      <div className="checkbox-row">
        {TASKS.map((task) => (
          <CheckboxField
            key={task}
            name={`tasks.${task}`}
            label={t(`workOrders.tasks.${task}`)}
            checked={tasks[task]}
            onChange={(checked) => onChange({ ...tasks, [task]: checked })}
          />
        ))}
      </div>
      <p className="field__hint">
        {implied.length > 0
          ? t("workOrders.create.requires", { qualifications: implied.map((q) => t(`qualifications.${q}`)).join("、") })
          : t("workOrders.create.requiresNothing")}
      </p>
    </fieldset>
  );
}

export function AppointmentFieldset({
  value,
  timeZone,
  message,
  onChange,
}: {
  value: AppointmentInput;
  timeZone: string;
  message: Message;
  onChange: (change: Partial<AppointmentInput>, ...cleared: string[]) => void;
}) {
  const { t } = useTranslation();
  return (
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
              value={value.date}
              onChange={(e) => onChange({ date: e.target.value }, "appointment.date")}
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
              value={value.startTime}
              onChange={(e) => onChange({ startTime: e.target.value }, "appointment.start", "appointment.end")}
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
              value={value.endTime}
              onChange={(e) => onChange({ endTime: e.target.value }, "appointment.end")}
            />
          )}
        </Field>
      </div>
      <p className="field__hint">{t("workOrders.create.timeZoneHint", { timeZone })}</p>
    </fieldset>
  );
}

export function ItemsFieldset({
  items,
  message,
  onChange,
}: {
  items: readonly ItemRow[];
  message: Message;
  onChange: (items: ItemRow[], ...cleared: string[]) => void;
}) {
  const { t } = useTranslation();
  const change = (index: number, part: Partial<ItemRow>, path: string) =>
    onChange(
      items.map((item, i) => (i === index ? { ...item, ...part } : item)),
      path,
    );
  return (
    <fieldset className="inline-group">
      <legend className="field__label">{t("workOrders.fields.itemsToBring")}</legend>
      {items.map((item, index) => {
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
                  onChange={(e) => change(index, { name: e.target.value }, namePath)}
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
                  onChange={(e) => change(index, { quantity: e.target.value }, quantityPath)}
                />
              )}
            </Field>
            <button
              type="button"
              className="button button--small button--quiet item-row__remove"
              aria-label={t("workOrders.create.removeItem", { number })}
              onClick={() => onChange(items.filter((_, i) => i !== index), namePath, quantityPath)}
            >
              {t("common.remove")}
            </button>
          </div>
        );
      })}
      <button type="button" className="button button--small" onClick={() => onChange([...items, { name: "", quantity: "1" }])}>
        {t("workOrders.create.addItem")}
      </button>
    </fieldset>
  );
}

/** The order's type and priority, as selects. */
export function TypeAndPriorityFields({
  type,
  priority,
  message,
  onChange,
}: {
  type: WorkOrderType;
  priority: Priority;
  message: Message;
  onChange: (change: { type?: WorkOrderType; priority?: Priority }) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={t("workOrders.fields.type")} error={message("type")}>
        {(props) => (
          <select
            {...props}
            name="type"
            className="input"
            value={type}
            onChange={(e) => onChange({ type: e.target.value as WorkOrderType })}
          >
            {WORK_ORDER_TYPES.map((value) => (
              <option key={value} value={value}>
                {t(`workOrders.type.${value}`)}
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
            value={priority}
            onChange={(e) => onChange({ priority: e.target.value as Priority })}
          >
            {PRIORITIES.map((value) => (
              <option key={value} value={value}>
                {t(`workOrders.priority.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}

/** The optional fault category ("no-gps-signal"); a repair of the same category on the same asset is a rework. */
export function FaultCategoryField({
  value,
  message,
  onChange,
}: {
  value: string;
  message: Message;
  onChange: (faultCategory: string, ...cleared: string[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Field label={t("workOrders.fields.faultCategory")} error={message("faultCategory")} hint={t("workOrders.create.faultCategoryHint")}>
      {(props) => (
        <input
          {...props}
          name="faultCategory"
          className="input mono"
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(e) => onChange(e.target.value, "faultCategory")}
        />
      )}
    </Field>
  );
}
