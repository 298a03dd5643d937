import { Col, Form, Input, Row, Select, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { checkWith } from "@/components/form/checks";
import { DateFormItem } from "@/components/form/DateFormItem";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useInstallerDirectory, useServicePointDirectory } from "@/lib/directory";
import { useCreateSecondment, type Secondment } from "../api/secondments";
import {
  emptySecondmentForm,
  toCreateSecondment,
  validateSecondment,
  type SecondmentForm,
  type SecondmentProblem,
} from "../model/secondment-form";

/** Lending installers (借调) from one service point to another for some days. */
export function CreateSecondmentForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateSecondment();
  const installers = useInstallerDirectory();
  const points = useServicePointDirectory();
  const full = (values: SecondmentForm) => ({ ...emptySecondmentForm(), ...values });
  const { form, onFinish, submitting, problem } = useApiForm<SecondmentForm, Secondment>({
    submit: (values, idempotencyKey) => create.mutateAsync({ body: toCreateSecondment(full(values)), idempotencyKey }),
    check: checkWith(
      (values: SecondmentForm) => validateSecondment(full(values)),
      (found: SecondmentProblem) =>
        found === "required" ? t("validation.required") : t(`secondments.problems.${found}`),
    ),
    // The server names one person as personIds[1]; the form shows it at the people.
    fieldOf: (path) => (path.startsWith("personIds") ? "personIds" : null),
    success: (created) => t("secondments.create.done", { number: created.number }),
    onSuccess: onDone,
  });
  const pointOptions = (points.data ?? []).map((point) => ({ value: point.id, label: point.name }));
  const pointItem = (name: "lendingServicePointId" | "borrowingServicePointId") => (
    <Form.Item
      name={name}
      label={t(`secondments.fields.${name}`)}
      required
      getValueProps={(value?: string) => ({ value: value || undefined })}
    >
      <Select placeholder={t("secondments.create.choosePoint")} options={pointOptions} loading={points.isPending} />
    </Form.Item>
  );
  return (
    <Form<SecondmentForm>
      form={form}
      layout="vertical"
      aria-label={t("secondments.create.title")}
      initialValues={emptySecondmentForm()}
      onFinish={onFinish}
      disabled={submitting}
    >
      <ProblemAlert error={installers.error ?? points.error} />
      <Row gutter={16}>
        <Col xs={24} md={12}>
          {pointItem("lendingServicePointId")}
        </Col>
        <Col xs={24} md={12}>
          {pointItem("borrowingServicePointId")}
        </Col>
        <Col xs={24} md={12}>
          <DateFormItem name="firstDay" label={t("secondments.fields.firstDay")} required />
        </Col>
        <Col xs={24} md={12}>
          <DateFormItem name="lastDay" label={t("secondments.fields.lastDay")} required />
        </Col>
      </Row>
      <Form.Item name="personIds" label={t("secondments.fields.people")} required>
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: "label" }}
          loading={installers.isPending}
          options={(installers.data ?? []).map((entry) => ({ value: entry.id, label: entry.name }))}
        />
      </Form.Item>
      <Form.Item name="note" label={t("secondments.fields.note")}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
      <Typography.Paragraph type="secondary">{t("secondments.create.chargeHint")}</Typography.Paragraph>
      {problem && <div style={{ marginBottom: 16 }}>{problem}</div>}
      <SubmitButton submitting={submitting}>{t("secondments.create.submit")}</SubmitButton>
    </Form>
  );
}
