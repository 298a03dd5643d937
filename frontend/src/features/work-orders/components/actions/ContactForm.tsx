import { Form, Input, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { useOrderAction, type WorkOrder } from "../../api/work-orders";
import { ActionProblem } from "../ActionProblem";

const FIELDS = new Set(["note"]);

/** The installer called the customer and confirmed address, time and what to bring (recorded). */
export function ContactForm({ order, onDone }: { order: WorkOrder; onDone?: () => void }) {
  const { t } = useTranslation();
  const { mutation, reload } = useOrderAction(order);
  const api = useApiForm<{ note: string }>({
    submit: ({ note }) =>
      mutation.mutateAsync({ action: "contact", body: { version: order.version, note: note.trim() } }),
    onSuccess: () => onDone?.(),
  });
  return (
    <Form form={api.form} layout="vertical" aria-label={t("workOrders.actions.contact")} onFinish={api.onFinish}>
      <Typography.Paragraph type="secondary">{t("workOrders.contact.hint")}</Typography.Paragraph>
      <Form.Item
        name="note"
        label={t("workOrders.contact.note")}
        rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
      >
        <Input.TextArea rows={3} maxLength={1000} placeholder={t("workOrders.contact.placeholder")} />
      </Form.Item>
      <ActionProblem error={api.error} displayedFields={FIELDS} onReload={reload} />
      <SubmitButton submitting={api.submitting}>{t("workOrders.contact.submit")}</SubmitButton>
    </Form>
  );
}
