import { DeleteOutlined, EditOutlined, EnvironmentOutlined, PlusOutlined, UserOutlined } from "@ant-design/icons";
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Typography,
} from "antd";
import { useEffect, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useApiForm } from "@/components/form/use-api-form";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { isBlank } from "@/lib/validation";
import {
  useMyAddressChange,
  useMyContactChange,
  useMyProfile,
  useUpdateMyProfile,
  type CustomerContact,
  type CustomerLanguage,
  type CustomerSite,
  type MyProfile,
} from "../api/my-account";

/** What a signed-in customer keeps up to date themselves: e-mail, language, contacts and addresses. */
export function MyDetailsRoute() {
  const { t } = useTranslation();
  const profile = useMyProfile();
  const format = useTenantFormat();
  const data = profile.data;

  return (
    <>
      <PageHeader title={t("booking.account.details.title")} description={t("booking.account.details.description")} />
      {profile.isPending && <Loading />}
      {profile.isError && (
        <ProblemAlert error={profile.error}>
          <Button onClick={() => void profile.refetch()}>{t("app.retry")}</Button>
        </ProblemAlert>
      )}
      {data && (
        <Flex vertical gap={16}>
          {data.campaignOptOutAt && (
            <Alert
              type="info"
              showIcon
              title={t("booking.account.details.optedOut", { date: format.date(data.campaignOptOutAt) })}
            />
          )}
          <Section id="my-details-profile" title={t("booking.account.details.profile")}>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: "name", label: t("booking.account.details.name"), children: data.name },
                {
                  key: "phone",
                  label: t("booking.account.details.phone"),
                  children: (
                    <Flex vertical>
                      <span>{data.phone}</span>
                      <Typography.Text type="secondary">{t("booking.account.details.phoneHint")}</Typography.Text>
                    </Flex>
                  ),
                },
              ]}
            />
            <ProfileForm profile={data} />
          </Section>
          <ContactsSection contacts={data.contacts} />
          <AddressesSection addresses={data.addresses} />
        </Flex>
      )}
    </>
  );
}

function Section({
  id,
  title,
  extra,
  children,
}: {
  id: string;
  title: string;
  extra?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card
      role="region"
      aria-labelledby={id}
      size="small"
      extra={extra}
      title={
        <h2 id={id} style={{ margin: 0, fontSize: 16 }}>
          {title}
        </h2>
      }
    >
      {children}
    </Card>
  );
}

interface ProfileValues {
  email: string;
  /** "" for the company's default language. */
  language: CustomerLanguage | "";
}

/** E-mail and language, saved with the version read: a change made elsewhere meanwhile is refused, then shown. */
function ProfileForm({ profile }: { profile: MyProfile }) {
  const { t } = useTranslation();
  const mutation = useUpdateMyProfile();
  const [form] = Form.useForm<ProfileValues>();
  const { onFinish, submitting, problem } = useApiForm<ProfileValues>({
    form,
    submit: (values) =>
      mutation.mutateAsync({
        version: profile.version,
        ...(isBlank(values.email) ? {} : { email: values.email.trim() }),
        ...(values.language ? { language: values.language } : {}),
      }),
    success: t("booking.account.details.saved"),
  });
  // The page reads the profile again after each save or refusal: the form shows what is on record now.
  useEffect(() => {
    form.setFieldsValue({ email: profile.email ?? "", language: profile.language ?? "" });
  }, [form, profile.version, profile.email, profile.language]);

  return (
    <Form<ProfileValues>
      form={form}
      layout="vertical"
      aria-label={t("booking.account.details.profile")}
      initialValues={{ email: profile.email ?? "", language: profile.language ?? "" }}
      onFinish={onFinish}
      requiredMark={false}
    >
      <Form.Item name="email" label={t("booking.account.details.email")}>
        <Input type="email" inputMode="email" autoComplete="email" />
      </Form.Item>
      <Form.Item name="language" label={t("booking.account.details.language")}>
        <Select
          options={[
            { value: "", label: t("booking.account.details.languageDefault") },
            { value: "zh-CN", label: t("language.zh-CN") },
            { value: "en", label: t("language.en") },
          ]}
        />
      </Form.Item>
      {problem}
      <Button type="primary" htmlType="submit" block loading={submitting} disabled={submitting}>
        {t("common.save")}
      </Button>
    </Form>
  );
}

type Editing<T> = { item: T } | { item: null } | null;

function ContactsSection({ contacts }: { contacts: readonly CustomerContact[] }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing<CustomerContact>>(null);
  const remove = useMyContactChange();
  return (
    <Section
      id="my-details-contacts"
      title={t("booking.account.contacts.title")}
      extra={
        <Button icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({ item: null })}>
          {t("booking.account.contacts.add")}
        </Button>
      }
    >
      {contacts.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("booking.account.contacts.none")} />
      ) : (
        <Flex vertical gap={8} component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {contacts.map((contact) => (
            <li key={contact.id}>
              <Entry
                icon={<UserOutlined aria-hidden />}
                title={contact.role ? `${contact.name} · ${contact.role}` : contact.name}
                lines={[contact.phone, contact.email].filter((line): line is string => !!line)}
                editLabel={t("booking.account.editOf", { name: contact.name })}
                removeLabel={t("booking.account.removeOf", { name: contact.name })}
                removeQuestion={t("booking.account.contacts.removeConfirm", { name: contact.name })}
                removing={remove.isPending && "id" in remove.variables && remove.variables.id === contact.id}
                onEdit={() => setEditing({ item: contact })}
                onRemove={() => remove.mutateAsync({ action: "remove", id: contact.id })}
              />
            </li>
          ))}
        </Flex>
      )}
      {remove.isError && <ProblemAlert error={remove.error} />}
      {editing && <ContactModal contact={editing.item} onClose={() => setEditing(null)} />}
    </Section>
  );
}

function AddressesSection({ addresses }: { addresses: readonly CustomerSite[] }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing<CustomerSite>>(null);
  const remove = useMyAddressChange();
  return (
    <Section
      id="my-details-addresses"
      title={t("booking.account.addresses.title")}
      extra={
        <Button icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({ item: null })}>
          {t("booking.account.addresses.add")}
        </Button>
      }
    >
      {addresses.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("booking.account.addresses.none")} />
      ) : (
        <Flex vertical gap={8} component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {addresses.map((address) => (
            <li key={address.id}>
              <Entry
                icon={<EnvironmentOutlined aria-hidden />}
                title={address.label}
                lines={[address.address]}
                editLabel={t("booking.account.editOf", { name: address.label })}
                removeLabel={t("booking.account.removeOf", { name: address.label })}
                removeQuestion={t("booking.account.addresses.removeConfirm", { name: address.label })}
                removing={remove.isPending && "id" in remove.variables && remove.variables.id === address.id}
                onEdit={() => setEditing({ item: address })}
                onRemove={() => remove.mutateAsync({ action: "remove", id: address.id })}
              />
            </li>
          ))}
        </Flex>
      )}
      {remove.isError && <ProblemAlert error={remove.error} />}
      {editing && <AddressModal address={editing.item} onClose={() => setEditing(null)} />}
    </Section>
  );
}

/** One contact or address: its words, then edit and remove (after a question). */
function Entry(props: {
  icon: ReactNode;
  title: string;
  lines: readonly string[];
  editLabel: string;
  removeLabel: string;
  removeQuestion: string;
  removing: boolean;
  onEdit: () => void;
  onRemove: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  return (
    <Card size="small" type="inner">
      <Flex justify="space-between" align="start" gap={8} wrap>
        <Flex vertical style={{ minWidth: 0, flex: 1 }}>
          <Typography.Text strong>
            {props.icon} {props.title}
          </Typography.Text>
          {props.lines.map((line) => (
            <Typography.Text key={line} type="secondary" style={{ wordBreak: "break-word" }}>
              {line}
            </Typography.Text>
          ))}
        </Flex>
        <Flex gap={4}>
          <Button size="small" icon={<EditOutlined aria-hidden />} aria-label={props.editLabel} onClick={props.onEdit}>
            {t("booking.account.edit")}
          </Button>
          <Popconfirm
            title={props.removeQuestion}
            okText={t("booking.account.remove")}
            okButtonProps={{ danger: true }}
            cancelText={t("common.cancel")}
            onConfirm={() => props.onRemove().catch(() => undefined)}
          >
            <Button
              size="small"
              danger
              icon={<DeleteOutlined aria-hidden />}
              aria-label={props.removeLabel}
              loading={props.removing}
            >
              {t("booking.account.remove")}
            </Button>
          </Popconfirm>
        </Flex>
      </Flex>
    </Card>
  );
}

interface ContactValues {
  name: string;
  phone: string;
  email: string;
  role: string;
}

function ContactModal({ contact, onClose }: { contact: CustomerContact | null; onClose: () => void }) {
  const { t } = useTranslation();
  const mutation = useMyContactChange();
  const [form] = Form.useForm<ContactValues>();
  const { onFinish, submitting, problem } = useApiForm<ContactValues>({
    form,
    check: (values) =>
      Object.fromEntries(
        (["name", "phone"] as const)
          .filter((field) => isBlank(values[field]))
          .map((field) => [field, t("booking.problems.required")]),
      ),
    submit: (values) => {
      const body = {
        name: values.name.trim(),
        phone: values.phone.trim(),
        ...(isBlank(values.email) ? {} : { email: values.email.trim() }),
        ...(isBlank(values.role) ? {} : { role: values.role.trim() }),
      };
      return mutation.mutateAsync(
        contact
          ? { action: "edit", id: contact.id, body: { ...body, version: contact.version } }
          : { action: "add", body },
      );
    },
    success: t("booking.account.saved"),
    onSuccess: onClose,
  });
  return (
    <Modal
      open
      title={contact ? t("booking.account.editOf", { name: contact.name }) : t("booking.account.contacts.add")}
      onCancel={onClose}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      okButtonProps={{ loading: submitting, disabled: submitting }}
      onOk={() => form.submit()}
    >
      <Form<ContactValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{
          name: contact?.name ?? "",
          phone: contact?.phone ?? "",
          email: contact?.email ?? "",
          role: contact?.role ?? "",
        }}
        onFinish={onFinish}
      >
        <Form.Item name="name" label={t("booking.account.contacts.name")}>
          <Input autoComplete="name" />
        </Form.Item>
        <Form.Item name="phone" label={t("booking.account.contacts.phone")}>
          <Input type="tel" inputMode="tel" autoComplete="tel" />
        </Form.Item>
        <Form.Item name="email" label={t("booking.account.contacts.email")} extra={t("booking.fields.optional")}>
          <Input type="email" inputMode="email" autoComplete="email" />
        </Form.Item>
        <Form.Item name="role" label={t("booking.account.contacts.role")} extra={t("booking.fields.optional")}>
          <Input />
        </Form.Item>
        {problem}
      </Form>
    </Modal>
  );
}

interface AddressValues {
  label: string;
  address: string;
}

function AddressModal({ address, onClose }: { address: CustomerSite | null; onClose: () => void }) {
  const { t } = useTranslation();
  const mutation = useMyAddressChange();
  const [form] = Form.useForm<AddressValues>();
  const { onFinish, submitting, problem } = useApiForm<AddressValues>({
    form,
    check: (values) =>
      Object.fromEntries(
        (["label", "address"] as const)
          .filter((field) => isBlank(values[field]))
          .map((field) => [field, t("booking.problems.required")]),
      ),
    submit: (values) => {
      // The customer types no coordinates; an edit keeps those the office recorded.
      const body = { label: values.label.trim(), address: values.address.trim() };
      return mutation.mutateAsync(
        address
          ? {
              action: "edit",
              id: address.id,
              body: {
                ...body,
                version: address.version,
                ...(address.address === body.address && address.latitude != null && address.longitude != null
                  ? { latitude: address.latitude, longitude: address.longitude }
                  : {}),
              },
            }
          : { action: "add", body },
      );
    },
    success: t("booking.account.saved"),
    onSuccess: onClose,
  });
  return (
    <Modal
      open
      title={address ? t("booking.account.editOf", { name: address.label }) : t("booking.account.addresses.add")}
      onCancel={onClose}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      okButtonProps={{ loading: submitting, disabled: submitting }}
      onOk={() => form.submit()}
    >
      <Form<AddressValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ label: address?.label ?? "", address: address?.address ?? "" }}
        onFinish={onFinish}
      >
        <Form.Item name="label" label={t("booking.account.addresses.label")}>
          <Input />
        </Form.Item>
        <Form.Item name="address" label={t("booking.account.addresses.address")}>
          <Input.TextArea rows={2} autoComplete="street-address" />
        </Form.Item>
        {problem}
      </Form>
    </Modal>
  );
}
