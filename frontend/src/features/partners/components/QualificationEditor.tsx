import { EditOutlined } from "@ant-design/icons";
import { Button, Flex, Form, Input, Modal, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateFormItem } from "@/components/form/DateFormItem";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { useTenantFormat } from "@/lib/current-user";
import { useUpdatePartnerQualification, type Partner } from "../api/partners";
import { toQualification, validateQualification } from "../model/partner-form";

interface QualificationValues {
  qualificationNumber: string;
  qualificationValidTo: string;
}

/** The partner's construction qualification with its validity, and a dialog to record or renew it. */
export function QualificationEditor({ partner }: { partner: Partner }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const [open, setOpen] = useState(false);
  const qualification = partner.constructionQualification;
  const valid = qualification ? qualification.validTo >= format.today() : false;
  return (
    <Flex gap={8} wrap align="center">
      {qualification ? (
        <>
          <span>{qualification.number}</span>
          <Tag color={valid ? "success" : "error"}>
            {valid
              ? t("partners.qualification.validTo", { date: format.date(qualification.validTo) })
              : t("partners.qualification.expired", { date: format.date(qualification.validTo) })}
          </Tag>
        </>
      ) : (
        <Tag>{t("partners.qualification.none")}</Tag>
      )}
      <Button size="small" icon={<EditOutlined />} onClick={() => setOpen(true)}>
        {t("partners.qualification.edit")}
      </Button>
      <Modal
        open={open}
        title={t("partners.qualification.edit")}
        footer={null}
        destroyOnHidden
        onCancel={() => setOpen(false)}
      >
        {open && <QualificationForm partner={partner} onDone={() => setOpen(false)} />}
      </Modal>
    </Flex>
  );
}

function QualificationForm({ partner, onDone }: { partner: Partner; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdatePartnerQualification(partner.id);
  const { form, onFinish, submitting, problem } = useApiForm<QualificationValues, Partner>({
    submit: (values) => {
      const qualification = toQualification(values.qualificationNumber ?? "", values.qualificationValidTo ?? "");
      return update.mutateAsync({
        version: partner.version,
        ...(qualification ? { constructionQualification: qualification } : {}),
      });
    },
    check: (values) => {
      const found = validateQualification(values.qualificationNumber ?? "", values.qualificationValidTo ?? "");
      if (!(values.qualificationNumber ?? "").trim()) found.qualificationNumber = "required";
      return Object.fromEntries(Object.keys(found).map((path) => [path, t("validation.required")]));
    },
    fieldOf: (path) =>
      path === "constructionQualification.number"
        ? "qualificationNumber"
        : path === "constructionQualification.validTo"
          ? "qualificationValidTo"
          : null,
    success: t("partners.qualification.saved"),
    onSuccess: onDone,
  });
  return (
    <Form<QualificationValues>
      form={form}
      layout="vertical"
      aria-label={t("partners.qualification.edit")}
      onFinish={onFinish}
      disabled={submitting}
      initialValues={{
        qualificationNumber: partner.constructionQualification?.number ?? "",
        qualificationValidTo: partner.constructionQualification?.validTo ?? "",
      }}
    >
      <Form.Item name="qualificationNumber" label={t("partners.fields.qualificationNumber")} required>
        <Input maxLength={50} autoComplete="off" />
      </Form.Item>
      <DateFormItem name="qualificationValidTo" label={t("partners.fields.qualificationValidTo")} required />
      {problem && <div style={{ marginBottom: 16 }}>{problem}</div>}
      <SubmitButton submitting={submitting}>{t("common.save")}</SubmitButton>
    </Form>
  );
}
