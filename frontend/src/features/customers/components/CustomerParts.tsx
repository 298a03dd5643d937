import { EnvironmentOutlined } from "@ant-design/icons";
import { Form, Input, Space, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { EditableSubList } from "@/components/EditableSubList";
import { checkWith } from "@/components/form/checks";
import { AddressFormItem, EmailFormItem, PhoneFormItem } from "@/components/form/contact-form-items";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm, type FormCheck } from "@/components/form/use-api-form";
import { PhoneLink } from "@/components/PhoneLink";
import {
  useContactChange,
  useSiteChange,
  type Customer,
  type CustomerContact,
  type CustomerSite,
} from "../api/customers";
import {
  emptyContactForm,
  emptySiteForm,
  toContactRequest,
  toSiteRequest,
  validateContactForm,
  validateSiteForm,
  type ContactForm,
  type SiteForm,
  type SiteProblem,
} from "../model/customer-form";

interface PartFormProps<Values> {
  title: string;
  initialValues: Values;
  check: FormCheck<Values>;
  submit: (values: Values, idempotencyKey: string) => Promise<unknown>;
  success: string;
  onSaved: () => void;
  children: ReactNode;
}

/** The one form of a customer's contact or site: adds one, or changes it with the version read. */
function PartForm<Values>({ title, initialValues, check, submit, success, onSaved, children }: PartFormProps<Values>) {
  const { t } = useTranslation();
  const { form, onFinish, submitting, problem } = useApiForm<Values>({
    submit: (values, key) => submit({ ...initialValues, ...values }, key),
    check: (values) => check({ ...initialValues, ...values }),
    success,
    onSuccess: onSaved,
  });
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      aria-label={title}
      initialValues={initialValues as never}
      onFinish={onFinish}
      disabled={submitting}
    >
      {children}
      {problem}
      <SubmitButton submitting={submitting}>{t("common.save")}</SubmitButton>
    </Form>
  );
}

function siteFormOf(site: CustomerSite): SiteForm {
  return {
    label: site.label,
    address: site.address,
    latitude: site.latitude === undefined ? "" : String(site.latitude),
    longitude: site.longitude === undefined ? "" : String(site.longitude),
  };
}

/** The people to talk to at the customer; the phone search finds the customer by their phones too. */
export function CustomerContacts({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const change = useContactChange(customer.id);
  return (
    <EditableSubList<CustomerContact>
      title={t("customers.contacts.title")}
      items={customer.contacts}
      empty={t("customers.contacts.none")}
      addText={t("customers.contacts.add")}
      editText={(contact) => t("customers.contacts.editOf", { name: contact.name })}
      removeText={(contact) => t("customers.contacts.removeOf", { name: contact.name })}
      confirmRemove={(contact) => t("customers.contacts.confirmRemove", { name: contact.name })}
      removedText={(contact) => t("customers.contacts.removed", { name: contact.name })}
      onRemove={(contact) => change.mutateAsync({ kind: "remove", contactId: contact.id })}
      columns={[
        {
          title: t("customers.contacts.name"),
          dataIndex: "name",
          render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
        },
        {
          title: t("customers.contacts.phone"),
          dataIndex: "phone",
          render: (phone: string) => <PhoneLink phone={phone} />,
        },
        { title: t("customers.contacts.role"), dataIndex: "role", responsive: ["md"] },
        { title: t("customers.contacts.email"), dataIndex: "email", responsive: ["lg"] },
      ]}
      form={(contact, close) => (
        <PartForm<ContactForm>
          title={contact ? t("customers.contacts.editOf", { name: contact.name }) : t("customers.contacts.add")}
          initialValues={
            contact
              ? { name: contact.name, phone: contact.phone, email: contact.email ?? "", role: contact.role ?? "" }
              : emptyContactForm()
          }
          check={checkWith(validateContactForm, (problem) => t(`validation.${problem}`))}
          submit={(values, idempotencyKey) => {
            const body = toContactRequest(values);
            return change.mutateAsync(
              contact
                ? { kind: "update", contactId: contact.id, body: { ...body, version: contact.version } }
                : { kind: "add", body, idempotencyKey },
            );
          }}
          success={t("customers.contacts.saved")}
          onSaved={close}
        >
          <Form.Item name="name" label={t("customers.contacts.name")} required>
            <Input />
          </Form.Item>
          <PhoneFormItem name="phone" label={t("customers.contacts.phone")} required />
          <Form.Item name="role" label={t("customers.contacts.role")}>
            <Input />
          </Form.Item>
          <EmailFormItem name="email" label={t("customers.contacts.email")} />
        </PartForm>
      )}
    />
  );
}

/** The customer's places where installers work, shown by their address. A site in use cannot be removed. */
export function CustomerSites({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const change = useSiteChange(customer.id);
  const coordinateMessage = (problem: SiteProblem): string =>
    problem === "latitude" || problem === "longitude" || problem === "bothCoordinates"
      ? t(`customers.sites.problems.${problem}`)
      : t(`validation.${problem}`);
  return (
    <EditableSubList<CustomerSite>
      title={t("customers.sites.title")}
      items={customer.sites}
      empty={t("customers.sites.none")}
      addText={t("customers.sites.add")}
      editText={(site) => t("customers.sites.editOf", { label: site.address })}
      removeText={(site) => t("customers.sites.removeOf", { label: site.address })}
      confirmRemove={(site) => t("customers.sites.confirmRemove", { label: site.address })}
      removedText={(site) => t("customers.sites.removed", { label: site.address })}
      onRemove={(site) => change.mutateAsync({ kind: "remove", siteId: site.id })}
      columns={[
        {
          title: t("customers.sites.address"),
          dataIndex: "address",
          render: (address: string, site) => (
            <Space orientation="vertical" size={0}>
              <Typography.Text strong>
                <EnvironmentOutlined /> {address}
              </Typography.Text>
              {site.label && <Typography.Text type="secondary">{site.label}</Typography.Text>}
            </Space>
          ),
        },
        {
          title: t("customers.sites.coordinates"),
          key: "coordinates",
          responsive: ["lg"],
          render: (_, site) =>
            site.latitude !== undefined && site.longitude !== undefined ? `${site.latitude}, ${site.longitude}` : "—",
        },
      ]}
      form={(site, close) => (
        <PartForm<SiteForm>
          title={site ? t("customers.sites.editOf", { label: site.address }) : t("customers.sites.add")}
          initialValues={site ? siteFormOf(site) : emptySiteForm()}
          check={checkWith(validateSiteForm, coordinateMessage)}
          submit={(values, idempotencyKey) => {
            const body = toSiteRequest(values);
            return change.mutateAsync(
              site
                ? { kind: "update", siteId: site.id, body: { ...body, version: site.version } }
                : { kind: "add", body, idempotencyKey },
            );
          }}
          success={t("customers.sites.saved")}
          onSaved={close}
        >
          <AddressFormItem name="address" label={t("customers.sites.address")} required />
          <Form.Item name="label" label={t("customers.sites.label")} required extra={t("customers.sites.labelHint")}>
            <Input />
          </Form.Item>
          <Space wrap>
            <Form.Item name="latitude" label={t("customers.sites.latitude")}>
              <Input inputMode="decimal" />
            </Form.Item>
            <Form.Item name="longitude" label={t("customers.sites.longitude")}>
              <Input inputMode="decimal" />
            </Form.Item>
          </Space>
        </PartForm>
      )}
    />
  );
}
