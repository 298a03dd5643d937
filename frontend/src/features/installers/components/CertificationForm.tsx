import { Col, Form, Input, Row, Select } from "antd";
import { useTranslation } from "react-i18next";
import { checkWith } from "@/components/form/checks";
import { DateFormItem } from "@/components/form/DateFormItem";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { useAddCertification, type Installer } from "../api/installers";
import {
  QUALIFICATIONS,
  emptyCertificationForm,
  toCreateCertificationRequest,
  validateCertificationForm,
  type CertificationForm as CertificationFormState,
} from "../model/certification-form";

/** Adds a certificate to an installer: kind, number, issuer and the days it is valid. */
export function CertificationForm({ installer, onDone }: { installer: Installer; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useAddCertification();
  const full = (values: CertificationFormState) => ({ ...emptyCertificationForm(), ...values });
  const { form, onFinish, submitting, problem } = useApiForm<CertificationFormState>({
    submit: (values) =>
      add.mutateAsync({ installerId: installer.id, body: toCreateCertificationRequest(full(values)) }),
    check: checkWith(
      (values: CertificationFormState) => validateCertificationForm(full(values)),
      (problem) => t(`installers.certificates.problems.${problem}`),
    ),
    success: t("installers.certificates.added", { name: installer.displayName }),
    onSuccess: onDone,
  });
  const type = Form.useWatch("type", form);

  return (
    <Form<CertificationFormState>
      form={form}
      layout="vertical"
      aria-label={t("installers.certificates.addFor", { name: installer.displayName })}
      initialValues={emptyCertificationForm()}
      onFinish={onFinish}
      disabled={submitting}
    >
      <Form.Item name="type" label={t("installers.certificates.type")}>
        <Select options={QUALIFICATIONS.map((kind) => ({ value: kind, label: t(`qualifications.${kind}`) }))} />
      </Form.Item>
      {type === "OTHER" && (
        <Form.Item name="otherName" label={t("installers.certificates.otherName")} required>
          <Input />
        </Form.Item>
      )}
      <Form.Item name="number" label={t("installers.certificates.number")} required>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="issuer" label={t("installers.certificates.issuer")} required>
        <Input />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <DateFormItem name="validFrom" label={t("installers.certificates.validFrom")} required />
        </Col>
        <Col span={12}>
          <DateFormItem name="validTo" label={t("installers.certificates.validTo")} required />
        </Col>
      </Row>
      {problem}
      <SubmitButton submitting={submitting}>{t("installers.certificates.submit")}</SubmitButton>
    </Form>
  );
}
