import { Form, Input, Segmented, Select } from "antd";
import { useTranslation } from "react-i18next";
import { checkWith } from "@/components/form/checks";
import { EmailFormItem, PhoneFormItem } from "@/components/form/contact-form-items";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { RefusalAlert } from "@/components/ProblemAlert";
import { isStaleVersion } from "@/lib/api/problem";
import { useCurrentUser } from "@/lib/current-user";
import { useCreateCustomer, useUpdateCustomer, type Customer } from "../api/customers";
import {
  CUSTOMER_KINDS,
  CUSTOMER_LANGUAGES,
  customerFormOf,
  emptyCustomerForm,
  toCreateCustomerRequest,
  toUpdateCustomerRequest,
  validateCustomerForm,
  type CustomerForm as CustomerFormState,
} from "../model/customer-form";

interface CustomerFormProps {
  /** The customer to change; without it the form registers a new one. */
  customer?: Customer;
  onSaved: (customer: Customer) => void;
  /** Reads the customer again after someone else changed it. */
  onReload?: () => void;
}

/** A customer's own fields: kind, name, primary phone (unique in the tenant), e-mail and notes; create and edit. */
export function CustomerForm({ customer, onSaved, onReload }: CustomerFormProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const create = useCreateCustomer();
  const update = useUpdateCustomer(customer?.id ?? "");
  const title = customer ? t("customers.edit.title", { name: customer.name }) : t("customers.create.title");
  const { form, onFinish, submitting, problem, error } = useApiForm<CustomerFormState, Customer>({
    submit: (values, idempotencyKey) => {
      const full = { ...emptyCustomerForm(), ...values };
      return customer
        ? update.mutateAsync(toUpdateCustomerRequest(full, customer.version))
        : create.mutateAsync({ body: toCreateCustomerRequest(full), idempotencyKey });
    },
    check: checkWith(
      (values) => validateCustomerForm({ ...emptyCustomerForm(), ...values }),
      (problem) => t(`validation.${problem}`),
    ),
    success: (saved) =>
      customer ? t("customers.saved", { name: saved.name }) : t("customers.created", { name: saved.name }),
    onSuccess: onSaved,
  });

  return (
    <Form<CustomerFormState>
      form={form}
      layout="vertical"
      aria-label={title}
      initialValues={customer ? customerFormOf(customer) : emptyCustomerForm()}
      onFinish={onFinish}
      disabled={submitting}
    >
      <Form.Item name="kind" label={t("customers.fields.kind")}>
        <Segmented options={CUSTOMER_KINDS.map((kind) => ({ value: kind, label: t(`customerKind.${kind}`) }))} />
      </Form.Item>
      <Form.Item name="name" label={t("customers.fields.name")} required>
        <Input />
      </Form.Item>
      <PhoneFormItem name="phone" label={t("customers.fields.phone")} required extra={t("customers.phoneHint")} />
      <EmailFormItem name="email" label={t("customers.fields.email")} />
      <Form.Item name="language" label={t("customers.fields.language")} extra={t("customers.languageHint")}>
        <Select
          options={[
            {
              value: "",
              label: t("customers.language.default", { language: t(`language.${me.tenant?.locale ?? "zh-CN"}`) }),
            },
            ...CUSTOMER_LANGUAGES.map((value) => ({ value, label: t(`language.${value}`) })),
          ]}
        />
      </Form.Item>
      <Form.Item name="notes" label={t("customers.fields.notes")}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
      {isStaleVersion(error) && onReload ? (
        <RefusalAlert error={error} changedText={t("errors.stale")} onReload={onReload} />
      ) : (
        problem
      )}
      <SubmitButton submitting={submitting}>{customer ? t("common.save") : t("customers.create.submit")}</SubmitButton>
    </Form>
  );
}
