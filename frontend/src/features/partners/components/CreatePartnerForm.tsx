import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Col, Divider, Form, Input, Row } from "antd";
import { useTranslation } from "react-i18next";
import { checkWith } from "@/components/form/checks";
import { DateFormItem } from "@/components/form/DateFormItem";
import { PhoneFormItem } from "@/components/form/contact-form-items";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { useCreatePartner, type Partner } from "../api/partners";
import {
  emptyPartnerForm,
  toCreatePartner,
  validatePartner,
  type PartnerForm,
  type PartnerProblem,
} from "../model/partner-form";

const MAX_CONTACTS = 20;
// The server names the bank account's fields "bankAccount.bank"; the form keeps them flat.
const BANK_FIELDS: Record<string, keyof PartnerForm> = {
  "bankAccount.accountName": "accountName",
  "bankAccount.bank": "bank",
  "bankAccount.accountNumber": "accountNumber",
  "constructionQualification.number": "qualificationNumber",
  "constructionQualification.validTo": "qualificationValidTo",
};

/** A new outsourcing partner: name, contacts and the bank account it is paid to. */
export function CreatePartnerForm({ onCreated }: { onCreated: (partner: Partner) => void }) {
  const { t } = useTranslation();
  const create = useCreatePartner();
  const full = (values: PartnerForm): PartnerForm => ({
    ...emptyPartnerForm(),
    ...values,
    contacts: values.contacts ?? [],
  });
  const { form, onFinish, submitting, problem } = useApiForm<PartnerForm, Partner>({
    submit: (values, idempotencyKey) => create.mutateAsync({ body: toCreatePartner(full(values)), idempotencyKey }),
    check: checkWith(
      (values: PartnerForm) => validatePartner(full(values)),
      (found: PartnerProblem) => (found === "required" ? t("validation.required") : t(`partners.problems.${found}`)),
    ),
    fieldOf: (path) => BANK_FIELDS[path] ?? null,
    success: (partner) => t("partners.create.done", { name: partner.name }),
    onSuccess: onCreated,
  });
  return (
    <Form<PartnerForm>
      form={form}
      layout="vertical"
      aria-label={t("partners.create.title")}
      initialValues={emptyPartnerForm()}
      onFinish={onFinish}
      disabled={submitting}
    >
      <Form.Item name="name" label={t("partners.fields.name")} required>
        <Input autoFocus />
      </Form.Item>
      <Divider titlePlacement="start" plain>
        {t("partners.fields.contacts")}
      </Divider>
      <Form.List name="contacts">
        {(contacts, { add, remove }) => (
          <>
            {contacts.map(({ key, name }, index) => (
              <Row key={key} gutter={12} align="bottom">
                <Col xs={24} sm={8}>
                  <Form.Item name={[name, "name"]} label={t("partners.fields.contactName", { number: index + 1 })}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={8}>
                  <PhoneFormItem
                    name={[name, "phone"]}
                    label={t("partners.fields.contactPhone", { number: index + 1 })}
                  />
                </Col>
                <Col xs={20} sm={6}>
                  <Form.Item name={[name, "role"]} label={t("partners.fields.contactRole", { number: index + 1 })}>
                    <Input placeholder={t("partners.create.rolePlaceholder")} />
                  </Form.Item>
                </Col>
                <Col xs={4} sm={2}>
                  {contacts.length > 1 && (
                    <Form.Item>
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t("partners.create.removeContact", { number: index + 1 })}
                        onClick={() => remove(name)}
                      />
                    </Form.Item>
                  )}
                </Col>
              </Row>
            ))}
            <Button
              icon={<PlusOutlined />}
              disabled={contacts.length >= MAX_CONTACTS}
              onClick={() => add({ name: "", phone: "", role: "" })}
              style={{ marginBottom: 16 }}
            >
              {t("partners.create.addContact")}
            </Button>
          </>
        )}
      </Form.List>
      <Divider titlePlacement="start" plain>
        {t("partners.fields.bankAccount")}
      </Divider>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="accountName" label={t("partners.fields.accountName")}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="bank" label={t("partners.fields.bank")}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="accountNumber"
        label={t("partners.fields.accountNumber")}
        extra={t("partners.create.accountNumberHint")}
      >
        <Input inputMode="numeric" autoComplete="off" />
      </Form.Item>
      <Divider titlePlacement="start" plain>
        {t("partners.fields.constructionQualification")}
      </Divider>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="qualificationNumber"
            label={t("partners.fields.qualificationNumber")}
            extra={t("partners.qualification.hint")}
          >
            <Input maxLength={50} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <DateFormItem name="qualificationValidTo" label={t("partners.fields.qualificationValidTo")} />
        </Col>
      </Row>
      {problem && <div style={{ marginBottom: 16 }}>{problem}</div>}
      <SubmitButton submitting={submitting}>{t("partners.create.submit")}</SubmitButton>
    </Form>
  );
}
