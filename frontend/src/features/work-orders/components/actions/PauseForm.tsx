import { Checkbox, Form, Input } from "antd";
import { useTranslation } from "react-i18next";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { useOrderAction, type WorkOrder } from "../../api/work-orders";
import { ActionProblem } from "../ActionProblem";

const FIELDS = new Set(["reason", "customerInformed"]);

interface PauseValues {
  reason: string;
  customerInformed?: boolean;
}

/** Leaving the site for a while: a reason, and the customer must have been told. */
export function PauseForm({ order, onDone }: { order: WorkOrder; onDone?: () => void }) {
  const { t } = useTranslation();
  const { mutation, reload } = useOrderAction(order);
  const api = useApiForm<PauseValues>({
    submit: ({ reason, customerInformed }) =>
      mutation.mutateAsync({
        action: "pause",
        body: { version: order.version, reason: reason.trim(), customerInformed: customerInformed === true },
      }),
    onSuccess: () => onDone?.(),
  });
  return (
    <Form form={api.form} layout="vertical" aria-label={t("workOrders.actions.pause")} onFinish={api.onFinish}>
      <Form.Item
        name="reason"
        label={t("workOrders.pause.reason")}
        rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
      >
        <Input.TextArea rows={2} maxLength={1000} placeholder={t("workOrders.pause.placeholder")} />
      </Form.Item>
      <Form.Item
        name="customerInformed"
        valuePropName="checked"
        rules={[
          {
            validator: (_, value) =>
              value === true ? Promise.resolve() : Promise.reject(new Error(t("workOrders.pause.mustInform"))),
          },
        ]}
      >
        <Checkbox>{t("workOrders.pause.customerInformed")}</Checkbox>
      </Form.Item>
      <ActionProblem error={api.error} displayedFields={FIELDS} onReload={reload} />
      <SubmitButton submitting={api.submitting}>{t("workOrders.pause.submit")}</SubmitButton>
    </Form>
  );
}
