import { Checkbox, Form, Input } from "antd";
import { useTranslation } from "react-i18next";
import { checkWith } from "@/components/form/checks";
import { EmailFormItem } from "@/components/form/contact-form-items";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { STAFF_ROLES, useCreateStaffUser, type StaffUser } from "../api/users";
import {
  emptyStaffUserForm,
  toCreateStaffUserRequest,
  validateStaffUserForm,
  type NewStaffUserForm,
} from "../model/staff-form";

/** `loginPrefix`: the tenant's prefix, shown fixed before the username (the API puts every login under it). */
export function CreateStaffUserForm({
  loginPrefix,
  onCreated,
}: {
  loginPrefix: string | undefined;
  onCreated: (user: StaffUser) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateStaffUser();
  const full = (values: NewStaffUserForm) => ({ ...emptyStaffUserForm(), ...values });
  const { form, onFinish, submitting, problem } = useApiForm<NewStaffUserForm, StaffUser>({
    submit: (values, idempotencyKey) =>
      create.mutateAsync({ body: toCreateStaffUserRequest(full(values)), idempotencyKey }),
    check: checkWith(
      (values: NewStaffUserForm) => validateStaffUserForm(full(values)),
      (problem) => t(`validation.${problem}`),
    ),
    success: (user) => t("staff.create.done", { username: user.username }),
    onSuccess: onCreated,
  });

  return (
    <Form<NewStaffUserForm>
      form={form}
      layout="vertical"
      aria-label={t("staff.create.title")}
      initialValues={emptyStaffUserForm()}
      onFinish={onFinish}
      disabled={submitting}
    >
      <Form.Item
        name="username"
        label={t("staff.fields.username")}
        required
        extra={loginPrefix ? t("staff.create.usernameHint", { prefix: loginPrefix }) : undefined}
      >
        <Input autoComplete="off" prefix={loginPrefix ? `${loginPrefix}.` : undefined} />
      </Form.Item>
      <EmailFormItem name="email" label={t("staff.fields.email")} required />
      <Form.Item name="lastName" label={t("staff.fields.lastName")}>
        <Input />
      </Form.Item>
      <Form.Item name="firstName" label={t("staff.fields.firstName")}>
        <Input />
      </Form.Item>
      <Form.Item name="password" label={t("staff.fields.password")} required extra={t("staff.create.passwordHint")}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="roles" label={t("staff.fields.roles")} required>
        <Checkbox.Group options={STAFF_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))} />
      </Form.Item>
      <Form.Item name="temporaryPassword" valuePropName="checked">
        <Checkbox>{t("staff.fields.temporaryPassword")}</Checkbox>
      </Form.Item>
      {problem}
      <SubmitButton submitting={submitting}>{t("staff.create.submit")}</SubmitButton>
    </Form>
  );
}
