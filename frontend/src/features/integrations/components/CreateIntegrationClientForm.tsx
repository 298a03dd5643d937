import { Card, Form, Input, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { checkWith } from "@/components/form/checks";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { useCreateIntegrationClient, type NewIntegrationClient } from "../api/integration-clients";
import {
  NAME_MAX_LENGTH,
  emptyIntegrationClientForm,
  toCreateIntegrationClientRequest,
  validateIntegrationClientForm,
  type NewIntegrationClientForm,
} from "../model/integration-form";

/** Names a new client; the server answers with its id and the secret, shown once by the page. */
export function CreateIntegrationClientForm({ onCreated }: { onCreated: (created: NewIntegrationClient) => void }) {
  const { t } = useTranslation();
  const create = useCreateIntegrationClient();
  const { form, onFinish, submitting, problem } = useApiForm<NewIntegrationClientForm, NewIntegrationClient>({
    submit: (values, idempotencyKey) =>
      create.mutateAsync({ body: toCreateIntegrationClientRequest(values), idempotencyKey }),
    check: checkWith(validateIntegrationClientForm, (found) => t(`validation.${found}`)),
    onSuccess: (created) => onCreated(created),
  });

  return (
    <Card size="small" title={<h2 style={{ margin: 0, fontSize: 16 }}>{t("integrations.create.title")}</h2>}>
      <Typography.Paragraph type="secondary">{t("integrations.create.description")}</Typography.Paragraph>
      <Form<NewIntegrationClientForm>
        form={form}
        layout="vertical"
        aria-label={t("integrations.create.title")}
        initialValues={emptyIntegrationClientForm()}
        onFinish={onFinish}
        disabled={submitting}
      >
        <Form.Item name="name" label={t("integrations.fields.name")} required extra={t("integrations.create.nameHint")}>
          <Input autoComplete="off" maxLength={NAME_MAX_LENGTH} style={{ maxWidth: 420 }} />
        </Form.Item>
        {problem}
        <SubmitButton submitting={submitting}>{t("integrations.create.submit")}</SubmitButton>
      </Form>
    </Card>
  );
}
