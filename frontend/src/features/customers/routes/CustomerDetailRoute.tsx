import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, StopOutlined } from "@ant-design/icons";
import { App, Button, Modal, Popconfirm, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { DetailLayout } from "@/components/DetailLayout";
import { Loading } from "@/components/Loading";
import { PhoneLink } from "@/components/PhoneLink";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useCustomer } from "@/lib/customer-lookup";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { useDeleteCustomer, useRecordCampaignOptOut, useReloadCustomer } from "../api/customers";
import { CustomerAssetsPanel } from "../components/CustomerAssetsPanel";
import { CustomerForm } from "../components/CustomerForm";
import { InviteProblem, useInviteToAccount } from "../components/InviteToAccount";
import { CustomerContacts, CustomerSites } from "../components/CustomerParts";

/** One customer: own fields, contacts, sites and assets; changed and deleted here. */
export function CustomerDetailRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const format = useTenantFormat();
  const navigate = useNavigate();
  const { customerId = "" } = useParams();
  const customer = useCustomer(customerId);
  const remove = useDeleteCustomer(customerId);
  const reload = useReloadCustomer(customerId);
  const optOut = useRecordCampaignOptOut(customerId);
  const [editing, setEditing] = useState(false);
  const data = customer.data;
  const invitation = useInviteToAccount(customerId, data?.name ?? "");

  if (!data) {
    return (
      <>
        {customer.isPending && <Loading />}
        {customer.isError && <ProblemAlert error={customer.error} />}
        <Link to="/customers">{t("customers.back")}</Link>
      </>
    );
  }

  return (
    <DetailLayout
      title={data.name}
      tags={<Tag color={data.kind === "COMPANY" ? "geekblue" : "blue"}>{t(`customerKind.${data.kind}`)}</Tag>}
      actions={
        <>
          <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t("common.edit")}
          </Button>
          {invitation.button}
          <Link to="/customers">
            <ArrowLeftOutlined /> {t("customers.back")}
          </Link>
          {!data.campaignOptOutAt && (
            <Popconfirm
              title={t("customers.optOut.confirm", { name: data.name })}
              description={t("customers.optOut.explain")}
              okText={t("customers.optOut.record")}
              cancelText={t("common.cancel")}
              onConfirm={() =>
                optOut.mutateAsync().then(
                  ({ withdrawn }) =>
                    void message.success(t("customers.optOut.done", { name: data.name, count: withdrawn })),
                  () => undefined,
                )
              }
            >
              <Button icon={<StopOutlined />} loading={optOut.isPending}>
                {t("customers.optOut.record")}
              </Button>
            </Popconfirm>
          )}
          <Popconfirm
            title={t("customers.confirmDelete", { name: data.name })}
            okButtonProps={{ danger: true }}
            onConfirm={() =>
              remove.mutateAsync().then(
                () => {
                  void message.success(t("customers.deleted", { name: data.name }));
                  void navigate("/customers", { replace: true });
                },
                () => undefined,
              )
            }
          >
            <Button danger icon={<DeleteOutlined />} loading={remove.isPending}>
              {t("common.remove")}
            </Button>
          </Popconfirm>
        </>
      }
      factsTitle={t("customers.detail.facts")}
      facts={[
        { key: "phone", label: t("customers.fields.phone"), children: <PhoneLink phone={data.phone} /> },
        { key: "email", label: t("customers.fields.email"), children: data.email || "—" },
        {
          key: "language",
          label: t("customers.fields.language"),
          children: data.language
            ? t(`language.${data.language}`)
            : t("customers.language.default", { language: t(`language.${me.tenant?.locale ?? "zh-CN"}`) }),
        },
        ...(data.campaignOptOutAt
          ? [
              {
                key: "campaigns",
                label: t("customers.fields.campaigns"),
                children: t("customers.campaignOptOut", { date: format.date(data.campaignOptOutAt) }),
              },
            ]
          : []),
        { key: "createdAt", label: t("customers.fields.createdAt"), children: format.dateTime(data.createdAt) },
        { key: "updatedAt", label: t("customers.fields.updatedAt"), children: format.dateTime(data.updatedAt) },
        ...(data.notes
          ? [
              {
                key: "notes",
                label: t("customers.fields.notes"),
                span: "filled" as const,
                children: <Typography.Text>{data.notes}</Typography.Text>,
              },
            ]
          : []),
      ]}
    >
      {remove.error != null && <ProblemAlert error={remove.error} />}
      {optOut.error != null && <ProblemAlert error={optOut.error} />}
      {invitation.hasAccount ? (
        <InviteProblem hasAccount name={data.name} />
      ) : (
        invitation.error != null && <ProblemAlert error={invitation.error} />
      )}
      <CustomerContacts customer={data} />
      <CustomerSites customer={data} />
      <CustomerAssetsPanel customer={data} />
      <Modal
        open={editing}
        title={t("customers.edit.title", { name: data.name })}
        footer={null}
        destroyOnHidden
        onCancel={() => setEditing(false)}
      >
        {editing && (
          <CustomerForm
            key={data.version}
            customer={data}
            onSaved={() => setEditing(false)}
            onReload={() => {
              setEditing(false);
              void reload();
            }}
          />
        )}
      </Modal>
    </DetailLayout>
  );
}
