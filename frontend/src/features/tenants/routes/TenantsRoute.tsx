import { CloseOutlined, PauseCircleOutlined, PlayCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Popconfirm, Space, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DataTable, keysetTable } from "@/components/DataTable";
import { SearchFilter } from "@/components/FilterItems";
import { ListPage } from "@/components/ListPage";
import { ProblemAlert } from "@/components/ProblemAlert";
import { formatDateTime } from "@/lib/format";
import { useDebouncedValue } from "@/lib/use-debounced-value";
import { useTenantStatusChange, useTenants, type Tenant, type TenantStatus } from "../api/tenants";
import { CreateTenantForm } from "../components/CreateTenantForm";
import { utcOffsetOf } from "../model/tenant-form";

const STATUS_COLOUR: Record<TenantStatus, string> = { ACTIVE: "success", SUSPENDED: "error" };

/**
 * The platform's tenants: each company or franchise store with its zone, language and currency, found by name or
 * slug; the platform admin suspends a tenant (after a confirmation) and resumes it.
 */
export function TenantsRoute() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [text, setText] = useState("");
  const q = useDebouncedValue(text.trim(), 300);
  const tenants = useTenants(q);
  const change = useTenantStatusChange();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);

  const changeStatus = (tenant: Tenant, to: TenantStatus) =>
    change.mutate(
      { tenantId: tenant.id, to },
      {
        onSuccess: (changed) =>
          void message.success(
            t(to === "SUSPENDED" ? "tenants.status.suspendedDone" : "tenants.status.resumedDone", {
              name: changed.name,
            }),
          ),
      },
    );
  const changing = (tenant: Tenant) => change.isPending && change.variables?.tenantId === tenant.id;

  const columns: ColumnsType<Tenant> = [
    {
      title: t("tenants.fields.name"),
      key: "name",
      rowScope: "row",
      render: (_, tenant) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{tenant.name}</Typography.Text>
          <Typography.Text type="secondary">{tenant.slug}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t("tenants.fields.status"),
      dataIndex: "status",
      render: (status: TenantStatus, tenant) => (
        <Space orientation="vertical" size={0}>
          <Tag color={STATUS_COLOUR[status]}>{t(`tenants.status.${status}`)}</Tag>
          {status === "SUSPENDED" && tenant.suspendedAt && (
            <Typography.Text type="secondary">
              {t("tenants.status.since", { time: formatDateTime(tenant.suspendedAt, tenant.timeZone, i18n.language) })}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t("tenants.fields.timeZone"),
      dataIndex: "timeZone",
      responsive: ["md"],
      render: (zone: string) => `${zone.replaceAll("_", " ")} (${utcOffsetOf(zone)})`,
    },
    {
      title: t("tenants.fields.locale"),
      dataIndex: "locale",
      responsive: ["md"],
      render: (locale: Tenant["locale"]) => t(`language.${locale}`),
    },
    { title: t("tenants.fields.currency"), dataIndex: "currency", responsive: ["sm"] },
    {
      title: t("tenants.fields.createdAt"),
      dataIndex: "createdAt",
      responsive: ["lg"],
      // Each tenant's creation time is shown in that tenant's own time zone.
      render: (at: string, tenant) => formatDateTime(at, tenant.timeZone, i18n.language),
    },
    {
      title: t("tenants.fields.actions"),
      key: "actions",
      render: (_, tenant) =>
        tenant.status === "SUSPENDED" ? (
          <Button
            icon={<PlayCircleOutlined aria-hidden />}
            loading={changing(tenant)}
            onClick={() => changeStatus(tenant, "ACTIVE")}
          >
            {t("tenants.status.resume")}
          </Button>
        ) : (
          <Popconfirm
            title={t("tenants.status.suspendConfirm", { name: tenant.name })}
            description={t("tenants.status.suspendEffect")}
            okText={t("tenants.status.suspend")}
            okButtonProps={{ danger: true }}
            cancelText={t("common.cancel")}
            onConfirm={() => changeStatus(tenant, "SUSPENDED")}
          >
            <Button danger icon={<PauseCircleOutlined aria-hidden />} loading={changing(tenant)}>
              {t("tenants.status.suspend")}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <ListPage
      title={t("tenants.title")}
      description={t("tenants.description")}
      actions={
        <Button
          type={creating ? "default" : "primary"}
          icon={creating ? <CloseOutlined /> : <PlusOutlined />}
          aria-expanded={creating}
          onClick={() => setCreating(!creating)}
        >
          {creating ? t("common.close") : t("tenants.create.open")}
        </Button>
      }
      filtersLabel={t("tenants.filter")}
      filters={
        <SearchFilter
          label={t("tenants.search")}
          placeholder={t("tenants.searchPlaceholder")}
          value={text}
          onChange={setText}
        />
      }
      extra={
        <>
          {creating && (
            <CreateTenantForm
              onCreated={(tenant) => {
                setCreated(tenant.name);
                setCreating(false);
              }}
            />
          )}
          {created && (
            <Alert
              type="success"
              showIcon
              role="status"
              closable={{ onClose: () => setCreated(null) }}
              title={t("tenants.create.done", { name: created })}
              style={{ marginBottom: 16 }}
            />
          )}
          {change.error ? (
            <div style={{ marginBottom: 16 }}>
              <ProblemAlert error={change.error} />
            </div>
          ) : null}
        </>
      }
    >
      <DataTable<Tenant>
        caption={t("tenants.title")}
        columns={columns}
        rowKey="id"
        empty={{ description: q ? t("tenants.noMatch", { q }) : t("tenants.empty") }}
        {...keysetTable(tenants)}
      />
    </ListPage>
  );
}
