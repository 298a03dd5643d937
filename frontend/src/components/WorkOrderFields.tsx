import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Checkbox, Flex, Form, Input, InputNumber, Select, TimePicker, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Schema } from "@/lib/api/schema-types";
import { useTenantFormat } from "@/lib/current-user";
import { faultCategorySlug, faultCategoryWords } from "@/lib/fault-category";
import { PRIORITIES, TASKS, WORK_ORDER_TYPES, impliedQualifications, type Task } from "@/lib/work-order-input";
import { ChosenAssetsWarranty } from "./AssetWarranty";
import { DateFormItem } from "./form/DateFormItem";

// The parts of a new work order that both "new work order" and "convert a service request" ask for, as items of an
// antd Form (names as the request's JSON paths, so the server's field errors
// land on them through useApiForm): "type", "priority", "tasks", "appointment.date|start|end", "itemsToBring",
// "faultCategory", "assetIds", "fee".

/** "09:00" kept as text in the form, picked with antd's TimePicker. */
function TimeFormItem({ name, label }: { name: (string | number)[]; label: string }) {
  return (
    <Form.Item
      name={name}
      label={label}
      required
      getValueProps={(value: string | undefined) => ({ value: value ? dayjs(value, "HH:mm") : null })}
      normalize={(value: Dayjs | null) => (value ? value.format("HH:mm") : "")}
    >
      <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} style={{ width: "100%" }} />
    </Form.Item>
  );
}

export function TypeAndPriorityItems() {
  const { t } = useTranslation();
  return (
    <Flex gap={12} wrap>
      <Form.Item name="type" label={t("workOrders.fields.type")} required style={{ minWidth: 160 }}>
        <Select options={WORK_ORDER_TYPES.map((value) => ({ value, label: t(`workOrders.type.${value}`) }))} />
      </Form.Item>
      <Form.Item name="priority" label={t("workOrders.fields.priority")} required style={{ minWidth: 160 }}>
        <Select options={PRIORITIES.map((value) => ({ value, label: t(`workOrders.priority.${value}`) }))} />
      </Form.Item>
    </Flex>
  );
}

/** The tasks as checkboxes (kept as the list of chosen tasks), with the certificates they make the job need. */
export function TasksItem({ name = "tasks" }: { name?: string }) {
  const { t } = useTranslation();
  const chosen: Task[] = Form.useWatch(name) ?? [];
  const implied = impliedQualifications(
    Object.fromEntries(TASKS.map((task) => [task, chosen.includes(task)])) as Record<Task, boolean>,
  );
  return (
    <Form.Item
      name={name}
      label={t("workOrders.fields.tasks")}
      extra={
        implied.length > 0
          ? t("workOrders.create.requires", { qualifications: implied.map((q) => t(`qualifications.${q}`)).join("、") })
          : t("workOrders.create.requiresNothing")
      }
    >
      <Checkbox.Group options={TASKS.map((task) => ({ value: task, label: t(`workOrders.tasks.${task}`) }))} />
    </Form.Item>
  );
}

export function AppointmentItems({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      label={t("workOrders.fields.appointment")}
      extra={t("workOrders.create.timeZoneHint", { timeZone })}
      style={{ marginBottom: 8 }}
    >
      <Flex gap={12} wrap>
        <div style={{ flex: "1 1 160px" }}>
          <DateFormItem name={["appointment", "date"]} label={t("workOrders.create.date")} required />
        </div>
        <div style={{ flex: "1 1 120px" }}>
          <TimeFormItem name={["appointment", "start"]} label={t("workOrders.create.startTime")} />
        </div>
        <div style={{ flex: "1 1 120px" }}>
          <TimeFormItem name={["appointment", "end"]} label={t("workOrders.create.endTime")} />
        </div>
      </Flex>
    </Form.Item>
  );
}

/** Texts of a {@link QuantityList}; the numbered ones get `{{number}}` (1-based). */
export interface QuantityListTexts {
  name: (number: number) => string;
  quantity: (number: number) => string;
  remove: (number: number) => string;
  add: string;
  /** Shown when the list is empty. */
  empty?: string;
}

/** A form list of named quantities (items to bring, parts replaced): a name and a whole count per line. */
export function QuantityList({ name, texts }: { name: string | (string | number)[]; texts: QuantityListTexts }) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <Flex vertical gap={4}>
          {fields.length === 0 && texts.empty && <Typography.Text type="secondary">{texts.empty}</Typography.Text>}
          {fields.map((field, index) => (
            <Flex key={field.key} gap={8} align="flex-start" wrap>
              <Form.Item
                name={[field.name, "name"]}
                label={texts.name(index + 1)}
                style={{ flex: "1 1 180px", marginBottom: 8 }}
              >
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item
                name={[field.name, "quantity"]}
                label={texts.quantity(index + 1)}
                style={{ width: 130, marginBottom: 8 }}
              >
                <InputNumber min={1} max={100000} precision={0} style={{ width: "100%" }} />
              </Form.Item>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                style={{ marginTop: 30 }}
                aria-label={texts.remove(index + 1)}
                onClick={() => remove(field.name)}
              />
            </Flex>
          ))}
          <div>
            <Button icon={<PlusOutlined />} onClick={() => add({ name: "", quantity: 1 })}>
              {texts.add}
            </Button>
          </div>
        </Flex>
      )}
    </Form.List>
  );
}

export function ItemsToBringList() {
  const { t } = useTranslation();
  return (
    <Form.Item label={t("workOrders.fields.itemsToBring")}>
      <QuantityList
        name="itemsToBring"
        texts={{
          name: (number) => t("workOrders.create.itemName", { number }),
          quantity: (number) => t("workOrders.create.itemQuantity", { number }),
          remove: (number) => t("workOrders.create.removeItem", { number }),
          add: t("workOrders.create.addItem"),
        }}
      />
    </Form.Item>
  );
}

/** A Select of the categories in use, where new ones are typed in plain words; the form keeps the slug. */
function FaultCategorySelect({
  known,
  value,
  onChange,
  id,
}: {
  known: readonly string[];
  value?: string;
  onChange?: (slug: string) => void;
  id?: string;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState("");
  const slug = faultCategorySlug(typed);
  const slugs = new Set([...known, ...(value ? [value] : [])]);
  const options = [...slugs].map((category) => ({ value: category, label: faultCategoryWords(category) }));
  if (slug && !slugs.has(slug)) {
    options.unshift({ value: slug, label: t("workOrders.create.newFaultCategory", { words: typed.trim() }) });
  }
  return (
    <Select
      id={id}
      allowClear
      showSearch={{ onSearch: setTyped, optionFilterProp: "label" }}
      value={value || undefined}
      placeholder={t("workOrders.create.faultCategoryPlaceholder")}
      notFoundContent={typed.trim() && !slug ? t("workOrders.create.faultCategoryTooLong") : null}
      options={options}
      onChange={(next?: string) => {
        onChange?.(next ?? "");
        setTyped("");
      }}
    />
  );
}

export function FaultCategoryItem({ known }: { known: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="faultCategory"
      label={t("workOrders.fields.faultCategory")}
      extra={t("workOrders.create.faultCategoryPickHint")}
    >
      <FaultCategorySelect known={known} />
    </Form.Item>
  );
}

/** The customer's assets the order is about, by product and serial, with the warranty of each chosen one today. */
export function AssetsItem({
  assets,
  loading,
  disabled,
}: {
  assets: readonly Schema<"Asset">[];
  loading: boolean;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const chosenIds: string[] = Form.useWatch("assetIds") ?? [];
  const chosen = assets.filter((asset) => chosenIds.includes(asset.id));
  return (
    <Form.Item
      name="assetIds"
      label={t("workOrders.fields.assets")}
      extra={chosen.length > 0 ? <ChosenAssetsWarranty assets={chosen} /> : undefined}
    >
      <Select
        mode="multiple"
        allowClear
        disabled={disabled}
        loading={loading}
        placeholder={disabled ? t("workOrders.create.assetsAfterCustomer") : t("workOrders.create.noAssets")}
        showSearch={{ optionFilterProp: "label" }}
        options={assets.map((asset) => ({
          value: asset.id,
          label: [asset.productName, asset.serialNumber, asset.vehiclePlate].filter(Boolean).join(" · "),
        }))}
      />
    </Form.Item>
  );
}

/**
 * The fee of a paid service. For a repair of an asset out of warranty the catalogue's out-of-warranty fee is put
 * in while the field is empty (or still holds the fee put in before), and says so; a fee the person typed stays.
 */
export function FeeItem({ proposal }: { proposal: string | null }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const form = Form.useFormInstance();
  const fee: string = Form.useWatch("fee", form) ?? "";
  const placed = useRef<string | null>(null);
  useEffect(() => {
    const current: string = form.getFieldValue("fee") ?? "";
    if (current.trim() !== "" && current !== placed.current) return;
    placed.current = proposal;
    if (current !== (proposal ?? "")) form.setFieldValue("fee", proposal ?? "");
  }, [form, proposal]);
  const hint = !proposal
    ? t("workOrders.create.feeHint")
    : fee === proposal
      ? t("workOrders.create.feeProposed")
      : fee.trim() === ""
        ? t("workOrders.create.feeLeftEmpty", { fee: format.money(proposal) })
        : t("workOrders.create.feeCatalogue", { fee: format.money(proposal) });
  return (
    <Form.Item name="fee" label={t("workOrders.fields.fee")} extra={hint} style={{ maxWidth: 320 }}>
      <Input inputMode="decimal" autoComplete="off" suffix={format.currency} />
    </Form.Item>
  );
}
