import { Card, Checkbox, Col, Divider, Form, Input, Row, Select } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { checkWith } from "@/components/form/checks";
import { EmailFormItem } from "@/components/form/contact-form-items";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { useCreateTenant, type Tenant } from "../api/tenants";
import {
  LOCALES,
  currencyName,
  emptyTenantForm,
  knownCurrencies,
  knownTimeZones,
  toCreateTenantRequest,
  utcOffsetOf,
  validateTenantForm,
  type NewTenantForm,
} from "../model/tenant-form";

const lowerCase = (value: string | undefined) => value?.toLowerCase() ?? "";

/** Opens a tenant with its first manager: time zone, language and currency picked from lists, not typed. */
export function CreateTenantForm({ onCreated }: { onCreated: (tenant: Tenant) => void }) {
  const { t, i18n } = useTranslation();
  const create = useCreateTenant();
  const full = (values: NewTenantForm): NewTenantForm => {
    const empty = emptyTenantForm();
    return { ...empty, ...values, manager: { ...empty.manager, ...values.manager } };
  };
  const { form, onFinish, submitting, problem } = useApiForm<NewTenantForm, Tenant>({
    submit: (values, idempotencyKey) =>
      create.mutateAsync({ body: toCreateTenantRequest(full(values)), idempotencyKey }),
    check: checkWith(
      (values: NewTenantForm) => validateTenantForm(full(values)),
      (found) => t(`validation.${found}`),
    ),
    onSuccess: (tenant) => {
      form.resetFields();
      onCreated(tenant);
    },
  });
  const slug = Form.useWatch("slug", form);

  const timeZones = useMemo(
    () =>
      knownTimeZones().map((zone) => ({
        value: zone,
        label: `${zone.replaceAll("_", " ")} (${utcOffsetOf(zone)})`,
      })),
    [],
  );
  const currencies = useMemo(
    () =>
      knownCurrencies().map((code) => {
        const name = currencyName(code, i18n.language);
        return { value: code, label: name ? `${code} · ${name}` : code };
      }),
    [i18n.language],
  );
  const label = (path: string) => t(`tenants.fields.${path}` as "tenants.fields.slug");

  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      title={<h2 style={{ margin: 0, fontSize: 16 }}>{t("tenants.create.title")}</h2>}
    >
      <Form<NewTenantForm>
        form={form}
        layout="vertical"
        aria-label={t("tenants.create.title")}
        initialValues={emptyTenantForm()}
        onFinish={onFinish}
        disabled={submitting}
      >
        <Row gutter={16}>
          <Col xs={24} md={12} lg={8}>
            <Form.Item
              name="slug"
              label={label("slug")}
              required
              extra={t("tenants.create.slugHint")}
              normalize={lowerCase}
            >
              <Input autoComplete="off" spellCheck={false} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} lg={8}>
            <Form.Item
              name="loginPrefix"
              label={label("loginPrefix")}
              extra={t("tenants.create.loginPrefixHint")}
              normalize={lowerCase}
            >
              <Input autoComplete="off" spellCheck={false} placeholder={slug} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} lg={8}>
            <Form.Item name="name" label={label("name")} required>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} lg={8}>
            <Form.Item name="timeZone" label={label("timeZone")} required>
              <Select showSearch={{ optionFilterProp: "label" }} options={timeZones} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} lg={8}>
            <Form.Item name="locale" label={label("locale")} required>
              <Select options={LOCALES.map((locale) => ({ value: locale, label: t(`language.${locale}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} lg={8}>
            <Form.Item name="currency" label={label("currency")} required>
              <Select showSearch={{ optionFilterProp: "label" }} options={currencies} />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start" plain>
          {t("tenants.create.managerTitle")}
        </Divider>
        <Row gutter={16}>
          <Col xs={24} md={12} lg={8}>
            <Form.Item name={["manager", "username"]} label={label("manager.username")} required>
              <Input autoComplete="off" spellCheck={false} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} lg={8}>
            <EmailFormItem name={["manager", "email"]} label={label("manager.email")} required />
          </Col>
          <Col xs={24} md={12} lg={8}>
            <Form.Item name={["manager", "password"]} label={label("manager.password")} required>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} lg={8}>
            <Form.Item name={["manager", "lastName"]} label={label("manager.lastName")}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} lg={8}>
            <Form.Item name={["manager", "firstName"]} label={label("manager.firstName")}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name={["manager", "temporaryPassword"]} valuePropName="checked">
          <Checkbox>{label("manager.temporaryPassword")}</Checkbox>
        </Form.Item>
        {problem}
        <SubmitButton submitting={submitting}>{t("tenants.create.submit")}</SubmitButton>
      </Form>
    </Card>
  );
}
