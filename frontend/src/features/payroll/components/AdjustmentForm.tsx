import { Alert, Card, Col, Form, Input, Row, Select, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { checkWith } from "@/components/form/checks";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { ProblemExplanation } from "@/components/ProblemAlert";
import { ApiError } from "@/lib/api/problem";
import { useTenantFormat } from "@/lib/current-user";
import { useAddAdjustment, type PayrollRow, type PersonPayroll } from "../api/payroll";
import {
  emptyAdjustmentForm,
  toAdjustment,
  validateAdjustment,
  type AdjustmentForm as AdjustmentFormState,
  type AdjustmentProblem,
} from "../model/payroll";

interface AdjustmentFormProps {
  month: string;
  people: readonly PayrollRow[];
  /** The person the drill-down shows, chosen first. */
  personId: string | null;
  locked: boolean;
}

/** A correction paid in this month: positive pays more, negative deducts. Refused once the month is locked. */
export function AdjustmentForm({ month, people, personId, locked }: AdjustmentFormProps) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const add = useAddAdjustment(month);
  const { form, onFinish, submitting, problem, error } = useApiForm<AdjustmentFormState, PersonPayroll>({
    submit: (values) => add.mutateAsync(toAdjustment({ ...emptyAdjustmentForm(), ...values })),
    check: checkWith(
      (values: AdjustmentFormState) => validateAdjustment({ ...emptyAdjustmentForm(), ...values }),
      (found: AdjustmentProblem) => (found === "required" ? t("validation.required") : t(`payroll.errors.${found}`)),
    ),
    success: t("payroll.adjustment.saved"),
    onSuccess: (_person, values) => form.setFieldsValue(emptyAdjustmentForm(values.personId)),
  });
  // A month locked meanwhile answers 409 with the reason; say it in the server's words.
  const conflict = error instanceof ApiError && error.status === 409 ? error : null;
  const title = t("payroll.adjustment.title");
  return (
    <Card size="small" title={title} style={{ marginTop: 16 }}>
      <Form<AdjustmentFormState>
        form={form}
        layout="vertical"
        aria-label={title}
        initialValues={emptyAdjustmentForm(personId ?? "")}
        onFinish={onFinish}
        disabled={locked || submitting}
      >
        <Typography.Paragraph type="secondary">
          {locked ? t("payroll.adjustment.lockedHint") : t("payroll.adjustment.hint")}
        </Typography.Paragraph>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="personId"
              label={t("payroll.adjustment.person")}
              required
              getValueProps={(value?: string) => ({ value: value || undefined })}
            >
              <Select
                showSearch={{ optionFilterProp: "label" }}
                placeholder={t("payroll.adjustment.choosePerson")}
                options={people.filter((row) => row.personId).map((row) => ({ value: row.personId!, label: row.name }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="amount"
              label={t("payroll.adjustment.amount")}
              required
              extra={t("payroll.adjustment.amountHint")}
            >
              <Input inputMode="decimal" suffix={format.currency} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="reason" label={t("payroll.adjustment.reason")} required>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
            </Form.Item>
          </Col>
        </Row>
        {conflict ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            style={{ marginBottom: 16 }}
            title={t("payroll.adjustment.refused")}
            description={<ProblemExplanation error={conflict} />}
          />
        ) : (
          problem && <div style={{ marginBottom: 16 }}>{problem}</div>
        )}
        <SubmitButton submitting={submitting}>{t("payroll.adjustment.submit")}</SubmitButton>
      </Form>
    </Card>
  );
}
