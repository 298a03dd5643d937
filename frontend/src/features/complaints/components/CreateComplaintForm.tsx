import { Alert, Form, Input, Radio, Select } from "antd";
import { useTranslation } from "react-i18next";
import { checkWith } from "@/components/form/checks";
import { PhoneFormItem } from "@/components/form/contact-form-items";
import { defined } from "@/components/form/defined";
import { InstallerPicker } from "@/components/form/InstallerPicker";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { WorkOrderPicker } from "@/components/form/WorkOrderPicker";
import { useCreateComplaint, type Complaint } from "../api/complaints";
import {
  CATEGORIES_WITH_CONSEQUENCE,
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  emptyCreateComplaintForm,
  toCreateComplaint,
  validateCreateComplaint,
  type ComplaintProblem,
  type CreateComplaintForm as CreateComplaintFormState,
} from "../model/complaint-form";

interface CreateComplaintFormProps {
  /** Filled in when the page is opened from a work order. */
  prefill?: Partial<CreateComplaintFormState>;
  onCreated: (complaint: Complaint) => void;
}

/** A complaint as it came in: how, what kind, about which order or installer, who complains and what they say. */
export function CreateComplaintForm({ prefill, onCreated }: CreateComplaintFormProps) {
  const { t } = useTranslation();
  const create = useCreateComplaint();
  const full = (values: CreateComplaintFormState) => emptyCreateComplaintForm(defined(values));
  const { form, onFinish, submitting, problem } = useApiForm<CreateComplaintFormState, Complaint>({
    submit: (values, idempotencyKey) => create.mutateAsync({ body: toCreateComplaint(full(values)), idempotencyKey }),
    check: checkWith(
      (values: CreateComplaintFormState) => validateCreateComplaint(full(values)),
      (problem: ComplaintProblem) =>
        problem === "aboutRequired"
          ? t("complaints.errors.aboutRequired")
          : problem === "uuid"
            ? t("complaints.errors.workOrderId")
            : t(`validation.${problem}`),
    ),
    success: (created) => t("complaints.created", { number: created.number }),
    onSuccess: (created) => onCreated(created),
  });
  const category = Form.useWatch("category", form);

  return (
    <Form<CreateComplaintFormState>
      form={form}
      layout="vertical"
      aria-label={t("complaints.create.title")}
      initialValues={emptyCreateComplaintForm(prefill)}
      onFinish={onFinish}
      disabled={submitting}
      style={{ maxWidth: 720 }}
    >
      <Form.Item name="channel" label={t("complaints.fields.channel")} required>
        <Radio.Group
          optionType="button"
          options={COMPLAINT_CHANNELS.map((value) => ({ value, label: t(`complaints.channel.${value}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="category"
        label={t("complaints.fields.category")}
        required
        getValueProps={(value: string) => ({ value: value || undefined })}
        extra={
          category && CATEGORIES_WITH_CONSEQUENCE.includes(category)
            ? t("complaints.create.consequenceHint")
            : undefined
        }
      >
        <Select
          placeholder={t("complaints.create.chooseCategory")}
          options={COMPLAINT_CATEGORIES.map((value) => ({ value, label: t(`complaints.category.${value}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="workOrderId"
        label={t("complaints.fields.workOrderId")}
        extra={t("complaints.create.workOrderHint")}
      >
        <WorkOrderPicker />
      </Form.Item>
      <Form.Item name="installerId" label={t("complaints.fields.installerOptional")}>
        <InstallerPicker placeholder={t("complaints.create.leadInstaller")} />
      </Form.Item>
      <Form.Item name="complainantName" label={t("complaints.fields.complainantName")}>
        <Input autoComplete="off" />
      </Form.Item>
      <PhoneFormItem name="complainantPhone" label={t("complaints.fields.complainantPhone")} />
      <Form.Item name="description" label={t("complaints.fields.description")} required>
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} />
      </Form.Item>
      <Alert type="info" showIcon title={t("complaints.create.promiseHint")} style={{ marginBottom: 16 }} />
      {problem && <div style={{ marginBottom: 16 }}>{problem}</div>}
      <SubmitButton submitting={submitting}>{t("complaints.create.submit")}</SubmitButton>
    </Form>
  );
}
