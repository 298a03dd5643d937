import { Button, Form, Input } from "antd";
import { type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import {
  useConnectionStep,
  type ConnectionAction,
  type ConnectionApplication,
  type ConnectionCommand,
} from "../api/connection-applications";

export interface DialogProps {
  application: ConnectionApplication;
  action: ConnectionAction;
  onClose: () => void;
}

export type Values = Record<string, unknown>;

/** The shared plumbing of every step form: field errors, success message, closing. */
export function useStepForm<V extends Values>(
  application: ConnectionApplication,
  action: ConnectionAction,
  toCommand: (values: V) => ConnectionCommand,
  onClose: () => void,
  check?: (values: V) => Record<string, string>,
  fieldOf?: (serverPath: string) => (string | number)[] | string | null,
) {
  const { t } = useTranslation();
  const step = useConnectionStep(application.id);
  return useApiForm<V, ConnectionApplication>({
    submit: (values) => step.mutateAsync(toCommand(values)),
    success: t(`connections.done.${action}`, { number: application.number }),
    onSuccess: onClose,
    ...(check ? { check } : {}),
    ...(fieldOf ? { fieldOf } : {}),
  });
}

export function Footer({
  submitting,
  problem,
  label,
  onClose,
  danger,
}: {
  submitting: boolean;
  problem: ReactNode;
  label: string;
  onClose: () => void;
  danger?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      {problem && <div style={{ marginBottom: 16 }}>{problem}</div>}
      <SubmitButton
        submitting={submitting}
        danger={danger}
        extra={<Button onClick={onClose}>{t("common.cancel")}</Button>}
      >
        {label}
      </SubmitButton>
    </>
  );
}

export function requiredText(t: (key: "validation.required") => string) {
  return (values: Values, fields: readonly string[]) =>
    Object.fromEntries(
      fields
        .filter((field) => String(values[field] ?? "").trim() === "")
        .map((field) => [field, t("validation.required")]),
    );
}

export function TextStepForm({
  application,
  action,
  field,
  onClose,
  danger,
}: DialogProps & {
  action: "EXPLAIN_DELAY" | "OBJECT_TO_PLAN" | "CANCEL";
  field: "explanation" | "reason";
  danger?: boolean;
}) {
  const { t } = useTranslation();
  const missing = requiredText(t);
  const { form, onFinish, submitting, problem } = useStepForm<Values>(
    application,
    action,
    (values) => {
      const text = String(values[field] ?? "").trim();
      const version = application.version;
      if (action === "EXPLAIN_DELAY") return { action, body: { version, explanation: text } };
      if (action === "OBJECT_TO_PLAN") return { action, body: { version, reason: text } };
      return { action, body: { version, reason: text } };
    },
    onClose,
    (values) => missing(values, [field]),
  );
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={onFinish}
      disabled={submitting}
      aria-label={t(`connections.actions.${action}`)}
    >
      <Form.Item
        name={field}
        label={t(
          `connections.fields.${action === "EXPLAIN_DELAY" ? "delayExplanation" : action === "CANCEL" ? "cancelReason" : "objectionReason"}`,
        )}
        required
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={action === "OBJECT_TO_PLAN" ? 2000 : 1000} />
      </Form.Item>
      <Footer
        submitting={submitting}
        problem={problem}
        label={t(`connections.actions.${action}`)}
        onClose={onClose}
        danger={danger}
      />
    </Form>
  );
}
