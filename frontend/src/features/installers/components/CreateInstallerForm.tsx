import { Alert, Col, Form, Input, Row, Select, TimePicker } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { checkWith } from "@/components/form/checks";
import { PhoneFormItem } from "@/components/form/contact-form-items";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { accountName } from "@/lib/staff-accounts";
import { useCreateInstaller, useInstallerAccounts, type Installer } from "../api/installers";
import {
  emptyInstallerForm,
  toCreateInstallerRequest,
  validateInstallerForm,
  type InstallerForm,
} from "../model/installer-form";

const CLOCK = "HH:mm";
// The server names the hours "workingHours.start"; the form keeps them as start and end.
const FIELD_OF: Record<string, string> = { "workingHours.start": "start", "workingHours.end": "end" };

function TimeItem({ name, label }: { name: "start" | "end"; label: string }) {
  return (
    <Form.Item
      name={name}
      label={label}
      required
      getValueProps={(value: string | undefined) => ({ value: value ? dayjs(value, CLOCK) : null })}
      normalize={(value: Dayjs | null) => (value ? value.format(CLOCK) : "")}
    >
      <TimePicker format={CLOCK} minuteStep={5} needConfirm={false} style={{ width: "100%" }} />
    </Form.Item>
  );
}

/** Makes a staff account holding the role installer an installer (phone, working hours, base salary, skills). */
export function CreateInstallerForm({
  existing,
  onCreated,
}: {
  existing: ReadonlySet<string>;
  onCreated: (installer: Installer) => void;
}) {
  const { t, i18n } = useTranslation();
  const format = useTenantFormat();
  const accounts = useInstallerAccounts(true);
  const create = useCreateInstaller();
  const candidates = (accounts.data ?? []).filter((account) => !existing.has(account.id));
  const full = (values: InstallerForm) => ({ ...emptyInstallerForm(), ...values });
  const { form, onFinish, submitting, problem } = useApiForm<InstallerForm, Installer>({
    submit: (values, idempotencyKey) =>
      create.mutateAsync({ body: toCreateInstallerRequest(full(values)), idempotencyKey }),
    check: checkWith(
      (values: InstallerForm) => validateInstallerForm(full(values)),
      (problem) => t(`installers.create.problems.${problem}`),
    ),
    fieldOf: (path) => FIELD_OF[path] ?? null,
    success: (installer) => t("installers.create.done", { name: installer.displayName }),
    onSuccess: onCreated,
  });

  return (
    <Form<InstallerForm>
      form={form}
      layout="vertical"
      aria-label={t("installers.create.title")}
      initialValues={emptyInstallerForm()}
      onFinish={onFinish}
      disabled={submitting}
    >
      <ProblemAlert error={accounts.error} />
      <Form.Item
        name="staffUserId"
        label={t("installers.create.account")}
        required
        extra={t("installers.create.description")}
        getValueProps={(value?: string) => ({ value: value || undefined })}
      >
        <Select
          showSearch={{ optionFilterProp: "label" }}
          loading={accounts.isPending}
          placeholder={t("installers.create.chooseAccount")}
          options={candidates.map((account) => ({
            value: account.id,
            label: `${accountName(account, i18n.language)} · ${account.username}`,
          }))}
        />
      </Form.Item>
      {accounts.data && candidates.length === 0 && (
        <Alert type="info" showIcon title={t("installers.create.noAccounts")} style={{ marginBottom: 16 }} />
      )}
      <PhoneFormItem name="phone" label={t("installers.fields.phone")} required />
      <Row gutter={12}>
        <Col span={12}>
          <TimeItem name="start" label={t("installers.create.hoursStart")} />
        </Col>
        <Col span={12}>
          <TimeItem name="end" label={t("installers.create.hoursEnd")} />
        </Col>
      </Row>
      <Form.Item name="baseSalary" label={t("installers.fields.baseSalary")} required>
        <Input inputMode="decimal" suffix={format.currency} />
      </Form.Item>
      <Form.Item name="skills" label={t("installers.fields.skills")} extra={t("installers.create.skillsHint")}>
        <Input />
      </Form.Item>
      {problem}
      <SubmitButton submitting={submitting}>{t("installers.create.submit")}</SubmitButton>
    </Form>
  );
}
