import { App, Button, Form, Input, Modal, Typography } from "antd";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { RefusalAlert } from "@/components/ProblemAlert";
import { isProblemType, isStaleVersion } from "@/lib/api/problem";
import { isBlank } from "@/lib/validation";
import { useReloadWarning, useWarningStep, type EarlyWarning } from "../api/quality";

// A warning someone else acknowledged or closed meanwhile answers a plain conflict: reloading shows it.
const CHANGED = ["conflict"] as const;

interface CloseForm {
  actionNote?: string;
}

/**
 * What a manager does with a warning: acknowledge it once the responsible side took it up, and close it with
 * the action taken (in a dialog). The buttons go at the top of the page, a refusal under the header.
 */
export function useWarningActions(warning: EarlyWarning): { buttons: ReactNode; refusal: ReactNode } {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const acknowledge = useWarningStep(warning.id);
  const reload = useReloadWarning(warning.id);
  const [closing, setClosing] = useState(false);
  if (warning.status === "CLOSED") return { buttons: null, refusal: null };
  const buttons = (
    <>
      {warning.status === "OPEN" && (
        <Button
          type="primary"
          loading={acknowledge.isPending}
          onClick={() =>
            acknowledge.mutate(
              { step: "acknowledge", version: warning.version },
              {
                onSuccess: (saved) =>
                  void message.success(t("quality.warnings.acknowledge.done", { number: saved.number })),
              },
            )
          }
        >
          {t("quality.warnings.acknowledge.open")}
        </Button>
      )}
      <Button
        type={warning.status === "OPEN" ? "default" : "primary"}
        onClick={() => {
          acknowledge.reset();
          setClosing(true);
        }}
      >
        {t("quality.warnings.close.open")}
      </Button>
      <Modal
        open={closing}
        title={t("quality.warnings.close.title", { number: warning.number })}
        footer={null}
        destroyOnHidden
        onCancel={() => setClosing(false)}
      >
        <CloseWarningForm
          warning={warning}
          onClosed={() => setClosing(false)}
          onReload={() => {
            setClosing(false);
            void reload();
          }}
        />
      </Modal>
    </>
  );
  const refusal = acknowledge.isError ? (
    <RefusalAlert
      error={acknowledge.error}
      changedText={t("quality.warnings.changed")}
      changedTypes={CHANGED}
      onReload={() => {
        acknowledge.reset();
        void reload();
      }}
    />
  ) : null;
  return { buttons, refusal };
}

function CloseWarningForm({
  warning,
  onClosed,
  onReload,
}: {
  warning: EarlyWarning;
  onClosed: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const close = useWarningStep(warning.id);
  const title = t("quality.warnings.close.title", { number: warning.number });
  const { form, onFinish, submitting, problem, error } = useApiForm<CloseForm, EarlyWarning>({
    submit: (values) =>
      close.mutateAsync({ step: "close", version: warning.version, actionNote: (values.actionNote ?? "").trim() }),
    check: (values): Record<string, string> =>
      isBlank(values.actionNote ?? "") ? { actionNote: t("validation.required") } : {},
    success: (saved) => t("quality.warnings.close.done", { number: saved.number }),
    onSuccess: onClosed,
  });
  return (
    <Form<CloseForm> form={form} layout="vertical" aria-label={title} onFinish={onFinish} disabled={submitting}>
      <Typography.Paragraph type="secondary">{t("quality.warnings.close.hint")}</Typography.Paragraph>
      <Form.Item name="actionNote" label={t("quality.warnings.fields.actionNote")} required>
        <Input.TextArea autoFocus autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
      </Form.Item>
      {isStaleVersion(error) || isProblemType(error, "conflict") ? (
        <RefusalAlert
          error={error}
          changedText={t("quality.warnings.changed")}
          changedTypes={CHANGED}
          onReload={onReload}
        />
      ) : (
        problem
      )}
      <div style={{ marginTop: error ? 12 : 0 }}>
        <SubmitButton submitting={submitting}>{t("quality.warnings.close.submit")}</SubmitButton>
      </div>
    </Form>
  );
}
