import { Form, Input, InputNumber, Select } from "antd";
import { useTranslation } from "react-i18next";
import { checkWith } from "@/components/form/checks";
import { DateFormItem } from "@/components/form/DateFormItem";
import { defined } from "@/components/form/defined";
import { InstallerPicker } from "@/components/form/InstallerPicker";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { useTenantFormat } from "@/lib/current-user";
import { useCreateManualEntry, type DisciplineEntry } from "../api/discipline";
import {
  DISCIPLINE_KINDS,
  carriesAmount,
  emptyManualEntryForm,
  toManualEntry,
  validateManualEntry,
  type DisciplineProblem,
  type ManualEntryForm as ManualEntryFormState,
} from "../model/discipline";

/** An entry the manager makes by hand (any other breach, a reward, a cost): confirmed at once. */
export function ManualEntryForm({ onCreated }: { onCreated: (entry: DisciplineEntry) => void }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const create = useCreateManualEntry();
  const full = (values: ManualEntryFormState) => ({ ...emptyManualEntryForm(), ...defined(values) });
  const { form, onFinish, submitting, problem } = useApiForm<ManualEntryFormState, DisciplineEntry>({
    submit: (values, idempotencyKey) => create.mutateAsync({ body: toManualEntry(full(values)), idempotencyKey }),
    check: checkWith(
      (values: ManualEntryFormState) => validateManualEntry(full(values), format.today()),
      (problem: DisciplineProblem) =>
        problem === "required" ? t("validation.required") : t(`discipline.errors.${problem}`),
    ),
    success: (created) => t("discipline.manual.created", { number: created.number }),
    onSuccess: (created) => onCreated(created),
  });
  const kind = Form.useWatch("kind", form);

  return (
    <Form<ManualEntryFormState>
      form={form}
      layout="vertical"
      aria-label={t("discipline.manual.title")}
      initialValues={emptyManualEntryForm()}
      onFinish={onFinish}
      disabled={submitting}
    >
      <Form.Item name="installerId" label={t("discipline.fields.installer")} required>
        <InstallerPicker placeholder={t("discipline.choose")} />
      </Form.Item>
      <Form.Item
        name="kind"
        label={t("discipline.fields.kind")}
        required
        getValueProps={(value: string) => ({ value: value || undefined })}
      >
        <Select
          placeholder={t("discipline.choose")}
          options={DISCIPLINE_KINDS.map((value) => ({ value, label: t(`discipline.kind.${value}`) }))}
        />
      </Form.Item>
      {kind && carriesAmount(kind) && (
        <Form.Item
          name="amount"
          label={t("discipline.fields.amount")}
          required
          extra={kind === "FINE" ? t("discipline.manual.fineHint") : undefined}
        >
          <InputNumber<string> stringMode min="0" step="0.01" suffix={format.currency} style={{ width: 200 }} />
        </Form.Item>
      )}
      <DateFormItem
        name="occurredOn"
        label={t("discipline.fields.occurredOn")}
        extra={t("discipline.manual.occurredOnHint")}
      />
      <Form.Item name="description" label={t("discipline.fields.description")} required>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
      {problem && <div style={{ marginBottom: 16 }}>{problem}</div>}
      <SubmitButton submitting={submitting}>{t("discipline.manual.submit")}</SubmitButton>
    </Form>
  );
}
