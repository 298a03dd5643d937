import { CheckCircleOutlined } from "@ant-design/icons";
import { Button, Card, Col, Flex, Form, Input, InputNumber, Row, Select, Space, TimePicker, Typography } from "antd";
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
  type SettingsField,
  type SettingsFormValues,
  type TenantSettings,
} from "../model/settings-form";

/** The antd form's values: sections as nested objects; numbers, decimal strings, times and choices as their controls hold them. */
type ControlValue = string | number | Dayjs | null | undefined;
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
  const nested: NestedValues = { [MAP_URL_TEMPLATE]: flat[MAP_URL_TEMPLATE] ?? "" };
  for (const field of allSettingsFields()) {
    const text = flat[field.path] ?? "";
    const section = (nested[field.section] ??= {}) as Record<string, ControlValue>;
    section[field.name] =
      field.spec.kind === "integer"
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
      value === null || value === undefined ? "" : dayjs.isDayjs(value) ? value.format("HH:mm") : String(value);
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
              {fieldsOf(section).map((field) => (
                <Col key={field.path} xs={24} sm={12} lg={8}>
                  <Form.Item
                    name={[field.section, field.name]}
                    label={t(`settings.fields.${field.path}` as "settings.fields.dispatch.lateGraceMinutes")}
                    required={field.spec.kind !== "email"}
                  >
                    {control(field)}
                  </Form.Item>
                </Col>
              ))}
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
