import { Form, Input } from "antd";
import { useTranslation } from "react-i18next";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { isBlank } from "@/lib/validation";
import { useReloadServiceRequest, useServiceRequestOutcome, type ServiceRequest } from "../api/service-requests";
import { OutcomeProblem } from "./OutcomeProblem";

type TextOutcome = "resolveByPhone" | "dismiss";

/** The field each outcome's body names its text with, where the server reports its problem too. */
const FIELD: Record<TextOutcome, "resolution" | "reason"> = { resolveByPhone: "resolution", dismiss: "reason" };

type TextValues = Partial<Record<"resolution" | "reason", string>>;

/** Resolving a request on the phone (what the customer was told) or dismissing it (why): one text each. */
export function TextOutcomeForm({ request, outcome }: { request: ServiceRequest; outcome: TextOutcome }) {
  const { t } = useTranslation();
  const mutation = useServiceRequestOutcome(request.id);
  const reloadRequest = useReloadServiceRequest(request.id);
  const field = FIELD[outcome];
  const api = useApiForm<TextValues, ServiceRequest>({
    check: (values) => (isBlank(values[field] ?? "") ? { [field]: t("validation.required") } : {}),
    submit: (values) => {
      const text = (values[field] ?? "").trim();
      return mutation.mutateAsync(
        outcome === "resolveByPhone"
          ? { outcome, body: { version: request.version, resolution: text } }
          : { outcome, body: { version: request.version, reason: text } },
      );
    },
    fieldLabels: { [field]: t(`serviceRequests.outcomes.${outcome}.text`) },
    success: (saved) => t(`serviceRequests.outcomes.${outcome}.done`, { number: saved.number }),
  });

  return (
    <Form<TextValues>
      form={api.form}
      layout="vertical"
      aria-label={t(`serviceRequests.outcomes.${outcome}.title`)}
      onFinish={api.onFinish}
    >
      <Form.Item name={field} label={t(`serviceRequests.outcomes.${outcome}.text`)} required>
        <Input.TextArea rows={3} maxLength={2000} showCount autoFocus />
      </Form.Item>
      <OutcomeProblem
        error={api.error}
        problem={api.problem}
        onReload={() => {
          api.reset();
          void reloadRequest();
        }}
      />
      <SubmitButton submitting={api.submitting} danger={outcome === "dismiss"}>
        {t(`serviceRequests.outcomes.${outcome}.submit`)}
      </SubmitButton>
    </Form>
  );
}
