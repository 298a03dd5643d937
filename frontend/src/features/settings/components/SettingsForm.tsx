import { CheckCircleOutlined, DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import {
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Switch,
  TimePicker,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { RefusalAlert } from "@/components/ProblemAlert";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { isStaleVersion } from "@/lib/api/problem";
import { useTenantFormat } from "@/lib/current-user";
import {
  CONSEQUENCES,
  MAP_URL_TEMPLATE,
  allSettingsFields,
  fieldsOf,
  settingsSections,
  toFormValues,
  toTenantSettings,
  validateSettings,
  type FeeRow,
  type SettingsField,
  type SettingsFormValues,
  type TenantSettings,
} from "../model/settings-form";

/** The antd form's values: sections as nested objects; numbers, decimal strings, times and choices as their controls hold them. */
type ControlValue = string | number | boolean | FeeRow[] | Dayjs | null | undefined;
type NestedValues = Record<string, Record<string, ControlValue> | string | undefined>;

const FORM_NAME = "settings";

/** Map apps whose search URL a tenant can take over as its template. */
const MAP_EXAMPLES = [
  { key: "amap", template: "https://uri.amap.com/search?keyword={address}" },
  { key: "baidu", template: "https://api.map.baidu.com/geocoder?address={address}&output=html" },
  { key: "osm", template: "https://www.openstreetmap.org/search?query={address}" },
] as const;

function timeOf(text: string): Dayjs | null {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  return match ? dayjs().startOf("day").hour(Number(match[1])).minute(Number(match[2])) : null;
}

/** The model's flat texts (path → text) as the controls' values. */
function toNested(flat: SettingsFormValues): NestedValues {
  const nested: NestedValues = { [MAP_URL_TEMPLATE]: String(flat[MAP_URL_TEMPLATE] ?? "") };
  for (const field of allSettingsFields()) {
    const value = flat[field.path] ?? "";
    const text = typeof value === "string" ? value : "";
    const section = (nested[field.section] ??= {}) as Record<string, ControlValue>;
    section[field.name] =
      field.spec.kind === "switch" || field.spec.kind === "fees"
        ? value
        : field.spec.kind === "integer"
          ? text === ""
            ? null
            : Number(text)
          : field.spec.kind === "time"
            ? timeOf(text)
            : text;
  }
  return nested;
}

/** The controls' values as the model's flat texts, which it validates and turns into the request. */
function toFlat(values: NestedValues): SettingsFormValues {
  const flat: SettingsFormValues = { [MAP_URL_TEMPLATE]: String(values[MAP_URL_TEMPLATE] ?? "") };
  for (const field of allSettingsFields()) {
    const section = values[field.section];
    const value = typeof section === "object" ? section[field.name] : undefined;
    flat[field.path] =
      field.spec.kind === "switch"
        ? value === true
        : field.spec.kind === "fees"
          ? Array.isArray(value)
            ? value.filter(Boolean)
            : []
          : value === null || value === undefined
            ? ""
            : dayjs.isDayjs(value)
              ? value.format("HH:mm")
              : String(value as string | number);
  }
  return flat;
}

interface SettingsFormProps {
  settings: TenantSettings;
  /** Saves the whole settings; resolves with what the server kept. */
  onSave: (settings: TenantSettings) => Promise<TenantSettings>;
  /** The shown version is the one this page just saved. */
  saved: boolean;
  onReload: () => void;
}

/**
 * The tenant's rules in sections: amounts in the tenant's currency, durations with their unit, times of day as time
 * pickers and consequences as choices. Checked before sending; the server's field errors land on their fields.
 */
export function SettingsForm({ settings, onSave, saved, onReload }: SettingsFormProps) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const [dirty, setDirty] = useState(false);
  const { form, onFinish, submitting, error, problem } = useApiForm<NestedValues, TenantSettings>({
    submit: (values) => onSave(toTenantSettings(toFlat(values), settings.version)),
    check: (values) =>
      Object.fromEntries(
        Object.entries(validateSettings(toFlat(values))).map(([path, found]) => [
          path,
          t(`validation.${found.key}`, found.values ?? {}),
        ]),
      ),
    onSuccess: () => setDirty(false),
  });

  function unitOf(field: SettingsField): string | undefined {
    switch (field.spec.kind) {
      case "integer":
        return t(`units.${field.spec.unit}`);
      case "money":
        return format.currency;
      case "percent":
        return t("units.percent");
      default:
        return undefined;
    }
  }

  function control(field: SettingsField): ReactNode {
    const unit = unitOf(field);
    const unitId = `${FORM_NAME}_${field.section}_${field.name}_unit`;
    const withUnit = unit
      ? { suffix: <span id={unitId}>{unit}</span>, "aria-describedby": unitId, style: { width: "100%" } }
      : {};
    switch (field.spec.kind) {
      case "consequence":
        return <Select options={CONSEQUENCES.map((value) => ({ value, label: t(`consequence.${value}`) }))} />;
      case "time":
        return <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} allowClear={false} />;
      case "integer":
        return <InputNumber<number> precision={0} inputMode="numeric" {...withUnit} />;
      case "email":
        return <Input type="email" inputMode="email" autoComplete="off" spellCheck={false} />;
      case "switch":
        return <Switch />;
      case "text":
        return <Input.TextArea rows={3} maxLength={field.spec.maxLength} showCount />;
      default:
        return <InputNumber<string> stringMode inputMode="decimal" min="0" {...withUnit} />;
    }
  }

  return (
    <Form<NestedValues>
      form={form}
      name={FORM_NAME}
      layout="vertical"
      aria-label={t("settings.form")}
      initialValues={toNested(toFormValues(settings))}
      onFinish={onFinish}
      onValuesChange={() => setDirty(true)}
      disabled={submitting}
    >
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        {settingsSections().map((section) => (
          <Card
            key={section}
            size="small"
            role="group"
            aria-labelledby={`${FORM_NAME}-${section}-title`}
            title={<span id={`${FORM_NAME}-${section}-title`}>{t(`settings.sections.${section}.title`)}</span>}
          >
            <Typography.Paragraph type="secondary">
              {t(`settings.sections.${section}.description`)}
            </Typography.Paragraph>
            <Row gutter={16}>
              {fieldsOf(section).map((field) =>
                field.spec.kind === "fees" ? (
                  <Col key={field.path} xs={24}>
                    <FeeList field={field} currency={format.currency} />
                  </Col>
                ) : (
                  <Col key={field.path} xs={24} sm={12} lg={field.spec.kind === "text" ? 24 : 8}>
                    <Form.Item
                      name={[field.section, field.name]}
                      label={t(`settings.fields.${field.path}` as "settings.fields.dispatch.lateGraceMinutes")}
                      required={
                        field.spec.kind !== "email" && field.spec.kind !== "switch" && field.spec.kind !== "text"
                      }
                      valuePropName={field.spec.kind === "switch" ? "checked" : "value"}
                    >
                      {control(field)}
                    </Form.Item>
                  </Col>
                ),
              )}
            </Row>
          </Card>
        ))}
        <Card
          size="small"
          role="group"
          aria-labelledby={`${FORM_NAME}-map-title`}
          title={<span id={`${FORM_NAME}-map-title`}>{t("settings.map.title")}</span>}
        >
          <Typography.Paragraph type="secondary">{t("settings.map.description")}</Typography.Paragraph>
          <Form.Item
            name={MAP_URL_TEMPLATE}
            label={t("settings.map.template")}
            required
            extra={t("settings.map.placeholders")}
          >
            <Input type="url" inputMode="url" autoComplete="off" spellCheck={false} />
          </Form.Item>
          <Flex gap={8} wrap align="center">
            <Typography.Text type="secondary">{t("settings.map.examples")}</Typography.Text>
            {MAP_EXAMPLES.map((example) => (
              <Button
                key={example.key}
                size="small"
                onClick={() => {
                  form.setFieldValue(MAP_URL_TEMPLATE, example.template);
                  form.setFields([{ name: MAP_URL_TEMPLATE, errors: [] }]);
                  setDirty(true);
                }}
              >
                {t(`settings.map.${example.key}`)}
              </Button>
            ))}
          </Flex>
        </Card>
        {isStaleVersion(error) ? (
          <RefusalAlert error={error} changedText={t("errors.stale")} onReload={onReload} />
        ) : (
          problem
        )}
        <SubmitButton
          submitting={submitting}
          extra={
            <Flex align="center" gap={8}>
              {saved && !dirty && (
                <Typography.Text type="success" role="status">
                  <CheckCircleOutlined /> {t("settings.savedVersion", { version: settings.version })}
                </Typography.Text>
              )}
              {(!saved || dirty) && (
                <Typography.Text type="secondary">{t("common.version", { version: settings.version })}</Typography.Text>
              )}
            </Flex>
          }
        >
          {t("common.save")}
        </SubmitButton>
      </Space>
    </Form>
  );
}

/** The published fees as editable rows: item, amount in the tenant's currency, and what it is per. */
function FeeList({ field, currency }: { field: SettingsField; currency: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item label={t("settings.fields.connection.fees")} extra={t("settings.fees.hint")}>
      <Form.List name={[field.section, field.name]}>
        {(rows, { add, remove }, { errors }) => (
          <Space orientation="vertical" style={{ width: "100%" }}>
            {rows.map((row, index) => (
              <Flex key={row.key} gap={8} wrap align="start">
                <Form.Item name={[row.name, "item"]} noStyle>
                  <Input
                    aria-label={t("settings.fees.item", { index: index + 1 })}
                    placeholder={t("settings.fees.itemPlaceholder")}
                    maxLength={100}
                    style={{ flex: "2 1 200px" }}
                  />
                </Form.Item>
                <Form.Item name={[row.name, "amount"]} noStyle>
                  <InputNumber<string>
                    stringMode
                    min="0"
                    inputMode="decimal"
                    aria-label={t("settings.fees.amount", { index: index + 1 })}
                    suffix={currency}
                    style={{ flex: "1 1 120px" }}
                  />
                </Form.Item>
                <Form.Item name={[row.name, "per"]} noStyle>
                  <Input
                    aria-label={t("settings.fees.per", { index: index + 1 })}
                    placeholder={t("settings.fees.perPlaceholder")}
                    maxLength={50}
                    style={{ flex: "1 1 120px" }}
                  />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t("settings.fees.remove", { index: index + 1 })}
                  onClick={() => remove(row.name)}
                />
              </Flex>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ item: "", amount: "", per: "" })}>
              {t("settings.fees.add")}
            </Button>
            <Form.ErrorList errors={errors} />
          </Space>
        )}
      </Form.List>
    </Form.Item>
  );
}
