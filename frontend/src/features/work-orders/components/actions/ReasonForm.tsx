import { Button, Form, Input } from "antd";
import { useApiForm } from "@/components/form/use-api-form";
import { useTranslation } from "react-i18next";
import { useOrderAction, type WorkOrder } from "../../api/work-orders";
import { ActionProblem } from "../ActionProblem";

interface ReasonFormProps {
  order: WorkOrder;
  /** The action and the request field that carries the reason. */
  action: "cancel" | "close";
  field: "reason" | "followUpSkippedReason";
  /** The field's label and the submit button's text, translated. */
  label: string;
  submitLabel: string;
  danger?: boolean;
  onDone?: () => void;
}

/** An order action that needs only a reason the person must type (cancelling, closing without the follow-up). */
export function ReasonForm({ order, action, field, label, submitLabel, danger, onDone }: ReasonFormProps) {
  const { t } = useTranslation();
  const { mutation, reload } = useOrderAction(order);
  const api = useApiForm<Record<string, string>>({
    submit: (values) => {
      const reason = (values[field] ?? "").trim();
      return mutation.mutateAsync(
        action === "cancel"
          ? { action, body: { version: order.version, reason } }
          : { action, body: { version: order.version, followUpSkippedReason: reason } },
      );
    },
    onSuccess: () => onDone?.(),
  });
  return (
    <Form form={api.form} layout="vertical" aria-label={t(`workOrders.actions.${action}`)} onFinish={api.onFinish}>
      <Form.Item
        name={field}
        label={label}
        rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
      >
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <ActionProblem error={api.error} displayedFields={new Set([field])} onReload={reload} />
      <Form.Item style={{ marginBottom: 0, marginTop: 12 }}>
        <Button type="primary" danger={danger} htmlType="submit" loading={api.submitting}>
          {submitLabel}
        </Button>
      </Form.Item>
    </Form>
  );
}
