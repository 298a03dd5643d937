import { PlusOutlined } from "@ant-design/icons";
import { Button, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { DataTable } from "@/components/DataTable";
import { ListPage } from "@/components/ListPage";
import { RecordFormDialog } from "@/components/RecordFormDialog";
import { PhoneLink } from "@/components/PhoneLink";
import { EditDeleteActions } from "@/components/ConfirmDeleteButton";
import { SelectFilter } from "@/components/FilterItems";
import { useCurrentUser } from "@/lib/current-user";
import { accountName } from "@/lib/staff-accounts";
import {
  SERVICE_POINT_KINDS,
  useDeleteServicePointById,
  useManagers,
  useReloadServicePoints,
  useServicePoints,
  type ServicePoint,
} from "../api/service-points";
import { ServicePointForm } from "../components/ServicePointForm";
import { tagColour } from "@/app/design/theme";

const KIND_COLOURS = { BRANCH: "blue", MONITORING_CENTRE: "purple", PARTNER_REPAIR_SHOP: tagColour.gold } as const;

/** Branches, monitoring centres and partner repair shops; managers change them, dispatchers read them. */
export function ServicePointsRoute() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const canManage = me.roles.includes("manager");
  const [search, setSearch] = useSearchParams();
  const kind = SERVICE_POINT_KINDS.find((value) => value === search.get("kind"));
  const points = useServicePoints(kind);
  const managers = useManagers(canManage);
  const reload = useReloadServicePoints();
  const deletePoint = useDeleteServicePointById();
  const [editing, setEditing] = useState<ServicePoint | "new" | null>(null);

  function managerName(point: ServicePoint): string {
    if (!point.managerId) return "—";
    const user = managers.data?.find((candidate) => candidate.id === point.managerId);
    return user ? accountName(user, i18n.language) : t("servicePoints.managerNamed");
  }

  const columns: ColumnsType<ServicePoint> = [
    {
      title: t("servicePoints.fields.name"),
      dataIndex: "name",
      render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
    },
    {
      title: t("servicePoints.fields.kind"),
      dataIndex: "kind",
      render: (value: ServicePoint["kind"]) => (
        <Tag color={KIND_COLOURS[value]}>{t(`servicePoints.kind.${value}`)}</Tag>
      ),
    },
    { title: t("servicePoints.fields.address"), dataIndex: "address", responsive: ["md"] },
    {
      title: t("servicePoints.fields.phone"),
      dataIndex: "phone",
      render: (phone?: string) => <PhoneLink phone={phone} />,
    },
    {
      title: t("servicePoints.fields.manager"),
      key: "manager",
      responsive: ["lg"],
      render: (_, point) => managerName(point),
    },
    ...(canManage
      ? [
          {
            title: t("common.actions"),
            key: "actions",
            render: (_: unknown, point: ServicePoint) => (
              <EditDeleteActions
                editLabel={t("servicePoints.editOf", { name: point.name })}
                onEdit={() => setEditing(point)}
                confirm={t("servicePoints.confirmDelete", { name: point.name })}
                label={t("servicePoints.deleteOf", { name: point.name })}
                deleted={t("servicePoints.deleted", { name: point.name })}
                onDelete={() => deletePoint(point.id)}
              />
            ),
          },
        ]
      : []),
  ];

  const createButton = canManage && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")}>
      {t("servicePoints.create.open")}
    </Button>
  );

  return (
    <ListPage
      title={t("servicePoints.title")}
      description={canManage ? t("servicePoints.description") : t("servicePoints.readOnly")}
      actions={createButton}
      filtersLabel={t("servicePoints.filter")}
      filters={
        <SelectFilter
          label={t("servicePoints.fields.kind")}
          placeholder={t("common.all")}
          value={kind}
          onChange={(value) => setSearch(value ? { kind: value } : {}, { replace: true })}
          options={SERVICE_POINT_KINDS.map((value) => ({ value, label: t(`servicePoints.kind.${value}`) }))}
        />
      }
    >
      <DataTable<ServicePoint>
        caption={t("servicePoints.title")}
        columns={columns}
        rowKey="id"
        rows={points.data?.items}
        loading={points.isPending}
        error={points.isError ? points.error : undefined}
        onRetry={() => void points.refetch()}
        empty={{
          description: canManage ? t("servicePoints.empty") : t("servicePoints.emptyReadOnly"),
          action: createButton || undefined,
        }}
      />
      <RecordFormDialog<ServicePoint>
        editing={editing}
        onClose={() => setEditing(null)}
        newTitle={t("servicePoints.create.title")}
        editTitle={(point) => t("servicePoints.edit.title", { name: point.name })}
      >
        {(point) => (
          <ServicePointForm
            point={point}
            onSaved={() => setEditing(null)}
            onReload={() => {
              setEditing(null);
              void reload();
            }}
          />
        )}
      </RecordFormDialog>
    </ListPage>
  );
}
