import { CloseOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Space, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DataTable } from "@/components/DataTable";
import { ListPage } from "@/components/ListPage";
import { useTenantFormat } from "@/lib/current-user";
import { nameOfAccount, useAllStaffAccounts } from "@/lib/staff-accounts";
import { useIntegrationClients, type IntegrationClient, type NewIntegrationClient } from "../api/integration-clients";
import { CreateIntegrationClientForm } from "../components/CreateIntegrationClientForm";
import { NewClientCredentials } from "../components/NewClientCredentials";
import { RevokeClientButton } from "../components/RevokeClientButton";

/** The systems that call the API for the tenant: create one (its secret shown once), see who created it, revoke it. */
export function IntegrationsRoute() {
  const { t, i18n } = useTranslation();
  const format = useTenantFormat();
  const clients = useIntegrationClients();
  const accounts = useAllStaffAccounts();
  const [creating, setCreating] = useState(false);
  // The only copy of the new secret in the app: page state, never the query cache.
  const [created, setCreated] = useState<NewIntegrationClient | null>(null);

  const columns: ColumnsType<IntegrationClient> = [
    {
      title: t("integrations.fields.name"),
      dataIndex: "name",
      render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
    },
    {
      title: t("integrations.fields.clientId"),
      dataIndex: "clientId",
      render: (clientId: string) => <Typography.Text code>{clientId}</Typography.Text>,
    },
    {
      title: t("integrations.fields.createdAt"),
      dataIndex: "createdAt",
      responsive: ["md"],
      render: (at: string) => format.dateTime(at),
    },
    {
      title: t("integrations.fields.createdBy"),
      dataIndex: "createdBy",
      responsive: ["md"],
      render: (login: string) => {
        const name = nameOfAccount(accounts.data, login, i18n.language);
        return name === login ? (
          login
        ) : (
          <Space orientation="vertical" size={0}>
            <span>{name}</span>
            <Typography.Text type="secondary">{login}</Typography.Text>
          </Space>
        );
      },
    },
    {
      title: t("common.actions"),
      key: "actions",
      render: (_, client) => (
        <RevokeClientButton
          client={client}
          onRevoked={(revoked) => setCreated((shown) => (shown?.client.id === revoked.id ? null : shown))}
        />
      ),
    },
  ];

  return (
    <ListPage
      title={t("integrations.title")}
      description={t("integrations.description")}
      actions={
        <Button
          type={creating ? "default" : "primary"}
          icon={creating ? <CloseOutlined /> : <PlusOutlined />}
          aria-expanded={creating}
          onClick={() => setCreating(!creating)}
        >
          {creating ? t("common.close") : t("integrations.create.open")}
        </Button>
      }
      extra={
        (created || creating) && (
          <div style={{ marginBottom: 16 }}>
            {created && <NewClientCredentials created={created} onDone={() => setCreated(null)} />}
            {creating && (
              <CreateIntegrationClientForm
                onCreated={(result) => {
                  setCreated(result);
                  setCreating(false);
                }}
              />
            )}
          </div>
        )
      }
    >
      <DataTable<IntegrationClient>
        caption={t("integrations.title")}
        columns={columns}
        rowKey="id"
        rows={clients.data?.items}
        loading={clients.isPending}
        error={clients.isError ? clients.error : undefined}
        onRetry={() => void clients.refetch()}
        empty={{ description: t("integrations.empty") }}
      />
    </ListPage>
  );
}
