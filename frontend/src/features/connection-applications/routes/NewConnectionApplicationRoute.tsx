import { ArrowLeftOutlined } from "@ant-design/icons";
import { Card, Form, Input, InputNumber, Radio, Select } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { PageHeader } from "@/components/PageHeader";
import { checkWith } from "@/components/form/checks";
import { CustomerPicker, SitePicker } from "@/components/form/CustomerSitePickers";
import { defined } from "@/components/form/defined";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { useCreateConnectionApplication, type ConnectionApplication } from "../api/connection-applications";
import {
  CONNECTION_KINDS,
  SUPPLY_CLASSES,
  emptyCreateApplicationForm,
  toCreateApplication,
  validateCreateApplication,
  type CreateApplicationForm,
  type FormProblem,
} from "../model/connection";

/** Registering an application for a customer; `?customerId=` fills the customer when opened from elsewhere. */
export function NewConnectionApplicationRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const create = useCreateConnectionApplication();
  const full = (values: CreateApplicationForm) => emptyCreateApplicationForm(defined(values));
  const { form, onFinish, submitting, problem } = useApiForm<CreateApplicationForm, ConnectionApplication>({
    submit: (values, idempotencyKey) => create.mutateAsync({ body: toCreateApplication(full(values)), idempotencyKey }),
    check: checkWith(
      (values: CreateApplicationForm) => validateCreateApplication(full(values)),
      (found: FormProblem) =>
        found === "min"
          ? t("validation.min", { min: 0.1 })
          : found === "max"
            ? t("validation.max", { max: 1000000 })
            : t(`validation.${found}`),
    ),
    success: (created) => t("connections.created", { number: created.number }),
    onSuccess: (created) => void navigate(`/connection-applications/${created.id}`),
  });
  const customerId = Form.useWatch("customerId", form) ?? "";
  const where = Form.useWatch("where", form) ?? "site";

  return (
    <>
      <PageHeader
        title={t("connections.create.title")}
        description={t("connections.create.description")}
        actions={
          <Link to="/connection-applications">
            <ArrowLeftOutlined /> {t("connections.back")}
          </Link>
        }
      />
      <Card size="small">
        <Form<CreateApplicationForm>
          form={form}
          layout="vertical"
          aria-label={t("connections.create.title")}
          initialValues={emptyCreateApplicationForm({ customerId: search.get("customerId") ?? "" })}
          onFinish={onFinish}
          disabled={submitting}
          style={{ maxWidth: 720 }}
        >
          <Form.Item name="customerId" label={t("connections.fields.customer")} required>
            <CustomerPicker />
          </Form.Item>
          <Form.Item name="kind" label={t("connections.fields.kind")} required>
            <Radio.Group
              options={CONNECTION_KINDS.map((value) => ({ value, label: t(`connections.kind.${value}`) }))}
            />
          </Form.Item>
          <Form.Item name="supplyClass" label={t("connections.fields.supplyClass")} required>
            <Select options={SUPPLY_CLASSES.map((value) => ({ value, label: t(`connections.class.${value}`) }))} />
          </Form.Item>
          <Form.Item name="capacityKva" label={t("connections.fields.capacity")} required>
            <InputNumber<number> min={0.1} step={1} precision={1} suffix="kVA" style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="where" label={t("connections.fields.site")}>
            <Radio.Group
              options={[
                { value: "site", label: t("connections.create.customerSite") },
                { value: "address", label: t("connections.create.otherAddress") },
              ]}
            />
          </Form.Item>
          {where === "site" ? (
            <Form.Item name="siteId" label={t("connections.create.site")} required>
              <SitePicker customerId={customerId} />
            </Form.Item>
          ) : (
            <Form.Item name="siteAddress" label={t("connections.create.address")} required>
              <Input maxLength={500} />
            </Form.Item>
          )}
          <Form.Item name="description" label={t("connections.fields.description")}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
          </Form.Item>
          {problem && <div style={{ marginBottom: 16 }}>{problem}</div>}
          <SubmitButton submitting={submitting}>{t("connections.create.submit")}</SubmitButton>
        </Form>
      </Card>
    </>
  );
}
