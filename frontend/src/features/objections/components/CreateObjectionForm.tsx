import { Alert, Form, Input } from "antd";
import { useTranslation } from "react-i18next";
import { checkWith } from "@/components/form/checks";
import { CustomerPicker } from "@/components/form/CustomerSitePickers";
import { defined } from "@/components/form/defined";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { WorkOrderPicker } from "@/components/form/WorkOrderPicker";
import { useCreateObjection, type Objection } from "../api/objections";
import {
  emptyCreateObjectionForm,
  toCreateObjection,
  validateCreateObjection,
  type CreateObjectionForm as CreateObjectionFormState,
  type ObjectionProblem,
} from "../model/objection-form";

interface CreateObjectionFormProps {
  /** Filled in when the page is opened from a customer or a work order. */
  prefill?: Partial<CreateObjectionFormState>;
  onCreated: (objection: Objection) => void;
}

/** A customer disputes an outcome by phone, letter or visit: who, about which order, and what they say. */
export function CreateObjectionForm({ prefill, onCreated }: CreateObjectionFormProps) {
  const { t } = useTranslation();
  const create = useCreateObjection();
  const full = (values: CreateObjectionFormState) => emptyCreateObjectionForm(defined(values));
  const { form, onFinish, submitting, problem } = useApiForm<CreateObjectionFormState, Objection>({
    submit: (values, idempotencyKey) => create.mutateAsync({ body: toCreateObjection(full(values)), idempotencyKey }),
    check: checkWith(
      (values: CreateObjectionFormState) => validateCreateObjection(full(values)),
      (problem: ObjectionProblem) =>
        problem === "uuid" ? t("objections.create.workOrderIdInvalid") : t(`validation.${problem}`),
    ),
    success: (created) => t("objections.created", { number: created.number }),
    onSuccess: (created) => onCreated(created),
  });

  return (
    <Form<CreateObjectionFormState>
      form={form}
      layout="vertical"
      aria-label={t("objections.create.title")}
      initialValues={emptyCreateObjectionForm(prefill)}
      onFinish={onFinish}
      disabled={submitting}
      style={{ maxWidth: 720 }}
    >
      <Form.Item name="customerId" label={t("objections.fields.customer")} required>
        <CustomerPicker />
      </Form.Item>
      <Form.Item
        name="workOrderId"
        label={t("objections.fields.workOrderId")}
        extra={t("objections.create.workOrderHint")}
      >
        <WorkOrderPicker />
      </Form.Item>
      <Form.Item name="description" label={t("objections.fields.description")} required>
        <Input.TextArea
          autoSize={{ minRows: 4, maxRows: 10 }}
          placeholder={t("objections.create.descriptionPlaceholder")}
        />
      </Form.Item>
      <Alert type="info" showIcon title={t("objections.create.promiseHint")} style={{ marginBottom: 16 }} />
      {problem && <div style={{ marginBottom: 16 }}>{problem}</div>}
      <SubmitButton submitting={submitting}>{t("objections.create.submit")}</SubmitButton>
    </Form>
  );
}
