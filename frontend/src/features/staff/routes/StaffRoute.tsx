import { PlusOutlined } from "@ant-design/icons";
import { Badge, Button, Modal, Space, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { DataTable, keysetTable } from "@/components/DataTable";
import { SelectFilter } from "@/components/FilterItems";
import { ListPage } from "@/components/ListPage";
import { useTenantFormat } from "@/lib/current-user";
import { personName } from "@/lib/format";
import { STAFF_ROLES, useStaffUsers, type StaffUser } from "../api/users";
import { CreateStaffUserForm } from "../components/CreateStaffUserForm";
import { StaffRolesForm } from "../components/StaffRoles";
import { StaffUserActions } from "../components/StaffUserActions";
import { tagColour } from "@/app/design/theme";

const ROLE_COLOURS = {
  manager: "magenta",
  dispatcher: "blue",
  installer: tagColour.green,
  partner: tagColour.gold,
} as const;

/** The tenant's staff accounts: who they are, their roles and whether they can sign in. */
export function StaffRoute() {
  const { t, i18n } = useTranslation();
  const format = useTenantFormat();
  const [search, setSearch] = useSearchParams();
  const role = STAFF_ROLES.find((value) => value === search.get("role"));
  const [creating, setCreating] = useState(false);
  const [editingRoles, setEditingRoles] = useState<StaffUser | null>(null);
  const users = useStaffUsers(role);

  const columns: ColumnsType<StaffUser> = [
    {
      title: t("staff.fields.name"),
      key: "name",
      render: (_, user) => {
        const name = personName(user.firstName, user.lastName, i18n.language);
        return (
          <Space orientation="vertical" size={0}>
            <Typography.Text strong>{name || user.username}</Typography.Text>
            {name && <Typography.Text type="secondary">{user.username}</Typography.Text>}
          </Space>
        );
      },
    },
    { title: t("staff.fields.email"), dataIndex: "email", responsive: ["lg"] },
    {
      title: t("staff.fields.roles"),
      dataIndex: "roles",
      render: (roles: StaffUser["roles"]) =>
        roles.map((value) => (
          <Tag key={value} color={ROLE_COLOURS[value]}>
            {t(`roles.${value}`)}
          </Tag>
        )),
    },
    {
      title: t("staff.fields.status"),
      dataIndex: "enabled",
      render: (enabled: boolean) => (
        <Badge status={enabled ? "success" : "default"} text={enabled ? t("staff.enabled") : t("staff.disabled")} />
      ),
    },
    {
      title: t("staff.fields.createdAt"),
      dataIndex: "createdAt",
      responsive: ["md"],
      render: (at: string) => format.dateTime(at),
    },
    {
      title: t("common.actions"),
      key: "actions",
      render: (_, user) => <StaffUserActions user={user} onEditRoles={() => setEditingRoles(user)} />,
    },
  ];

  return (
    <ListPage
      title={t("staff.title")}
      description={t("staff.description")}
      actions={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t("staff.create.open")}
        </Button>
      }
      filtersLabel={t("staff.filter")}
      filters={
        <SelectFilter
          label={t("staff.filterRole")}
          placeholder={t("staff.allRoles")}
          value={role}
          onChange={(value) => setSearch(value ? { role: value } : {}, { replace: true })}
          options={STAFF_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
        />
      }
    >
      <DataTable<StaffUser>
        caption={t("staff.title")}
        columns={columns}
        rowKey="id"
        empty={{ description: role ? t("staff.noMatch") : t("staff.empty") }}
        {...keysetTable(users)}
      />
      <Modal
        open={creating}
        title={t("staff.create.title")}
        footer={null}
        destroyOnHidden
        onCancel={() => setCreating(false)}
      >
        {creating && (
          <CreateStaffUserForm loginPrefix={users.data?.pages[0]?.loginPrefix} onCreated={() => setCreating(false)} />
        )}
      </Modal>
      <Modal
        open={editingRoles !== null}
        title={editingRoles ? t("staff.actions.editRoles", { username: editingRoles.username }) : ""}
        footer={null}
        destroyOnHidden
        onCancel={() => setEditingRoles(null)}
      >
        {editingRoles && (
          <StaffRolesForm
            key={`${editingRoles.id}-${editingRoles.version}`}
            user={editingRoles}
            onDone={() => setEditingRoles(null)}
          />
        )}
      </Modal>
    </ListPage>
  );
}
