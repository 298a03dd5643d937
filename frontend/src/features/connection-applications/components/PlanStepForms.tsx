import { Form, Input, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { DateFormItem } from "@/components/form/DateFormItem";
import { useTenantFormat } from "@/lib/current-user";
import { type DialogProps, type Values, useStepForm, Footer, requiredText } from "./step-form";

export function PlanForm({ application, onClose }: Omit<DialogProps, "action">) {
  const { t } = useTranslation();
  const missing = requiredText(t);
  const late = application.promise?.status === "BREACHED";
  const { form, onFinish, submitting, problem } = useStepForm<Values>(
    application,
    "NOTIFY_PLAN",
    (values) => {
      const lateExplanation = String(values.lateExplanation ?? "").trim();
      return {
        action: "NOTIFY_PLAN",
        body: {
          version: application.version,
          plan: String(values.plan ?? "").trim(),
          ...(lateExplanation ? { lateExplanation } : {}),
        },
      };
    },
    onClose,
    (values) => missing(values, ["plan"]),
  );
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={onFinish}
      disabled={submitting}
      aria-label={t("connections.actions.NOTIFY_PLAN")}
    >
      <Form.Item name="plan" label={t("connections.fields.planText")} required extra={t("connections.plan.textHint")}>
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={4000} />
      </Form.Item>
      <Form.Item
        name="lateExplanation"
        label={t("connections.fields.lateExplanation")}
        extra={late ? t("connections.plan.lateHint") : t("connections.plan.lateOptional")}
        required={late && !application.delayExplanation}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
      </Form.Item>
      <Footer
        submitting={submitting}
        problem={problem}
        label={t("connections.actions.NOTIFY_PLAN")}
        onClose={onClose}
      />
    </Form>
  );
}

export function ExtensionForm({ application, onClose }: Omit<DialogProps, "action">) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const missing = requiredText(t);
  const { form, onFinish, submitting, problem } = useStepForm<Values>(
    application,
    "EXTEND_PLAN",
    (values) => ({
      action: "EXTEND_PLAN",
      body: {
        version: application.version,
        validUntil: String(values.validUntil),
        reason: String(values.reason ?? "").trim(),
      },
    }),
    onClose,
    (values) => missing(values, ["validUntil", "reason"]),
  );
  const plan = application.plan;
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={onFinish}
      disabled={submitting}
      aria-label={t("connections.actions.EXTEND_PLAN")}
    >
      {plan?.extensionLimit && (
        <Typography.Paragraph type="secondary">
          {t("connections.plan.extensionRule", {
            askUntil: plan.extensionAskUntil ? format.date(plan.extensionAskUntil) : "—",
            limit: format.date(plan.extensionLimit),
          })}
        </Typography.Paragraph>
      )}
      <DateFormItem name="validUntil" label={t("connections.fields.newValidUntil")} required />
      <Form.Item name="reason" label={t("connections.fields.extensionReason")} required>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
      </Form.Item>
      <Footer
        submitting={submitting}
        problem={problem}
        label={t("connections.actions.EXTEND_PLAN")}
        onClose={onClose}
      />
    </Form>
  );
}
