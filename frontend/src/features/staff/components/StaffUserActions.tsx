import { DeleteOutlined, SafetyOutlined } from "@ant-design/icons";
import { App, Button, Popconfirm, Space } from "antd";
import { useTranslation } from "react-i18next";
import { RefusalAlert } from "@/components/ProblemAlert";
import { useCurrentUser } from "@/lib/current-user";
import { useDeleteStaffUser, useRefreshStaffUsers, useUpdateStaffUser, type StaffUser } from "../api/users";

/** Change roles, disable or enable, and delete (confirmed) one account; nobody disables or deletes themselves. */
export function StaffUserActions({ user, onEditRoles }: { user: StaffUser; onEditRoles: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const update = useUpdateStaffUser();
  const remove = useDeleteStaffUser();
  const refresh = useRefreshStaffUsers();
  const { username, enabled } = user;
  const isSelf = username === me.username;
  const error = update.error ?? remove.error;
  return (
    <Space orientation="vertical" size={4}>
      <Space size="small" wrap>
        <Button
          size="small"
          icon={<SafetyOutlined />}
          aria-label={t("staff.actions.editRoles", { username })}
          onClick={onEditRoles}
        >
          {t("staff.actions.roles")}
        </Button>
        {!isSelf && (
          <Button
            size="small"
            loading={update.isPending}
            aria-label={t(enabled ? "staff.actions.disableUser" : "staff.actions.enableUser", { username })}
            onClick={() => update.mutate({ userId: user.id, body: { version: user.version, enabled: !enabled } })}
          >
            {enabled ? t("staff.actions.disable") : t("staff.actions.enable")}
          </Button>
        )}
        {!isSelf && (
          <Popconfirm
            title={t("staff.confirmDelete", { username })}
            okButtonProps={{ danger: true }}
            onConfirm={() =>
              remove.mutateAsync(user.id).then(
                () => void message.success(t("staff.deleted", { username })),
                () => undefined,
              )
            }
          >
            <Button
              size="small"
              danger
              icon={<DeleteOutlined />}
              loading={remove.isPending}
              aria-label={t("staff.actions.deleteUser", { username })}
            >
              {t("common.remove")}
            </Button>
          </Popconfirm>
        )}
      </Space>
      <RefusalAlert
        error={error}
        changedText={t("staff.stale", { username })}
        onReload={() => {
          update.reset();
          void refresh();
        }}
      />
    </Space>
  );
}
