import { Button, Checkbox, Flex, Form } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { RefusalAlert } from "@/components/ProblemAlert";
import { STAFF_ROLES, useRefreshStaffUsers, useUpdateStaffUser, type StaffRole, type StaffUser } from "../api/users";

/** The roles of one account, changed with the version read; at least one stays. */
export function StaffRolesForm({ user, onDone }: { user: StaffUser; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateStaffUser();
  const refresh = useRefreshStaffUsers();
  const [roles, setRoles] = useState<StaffRole[]>([...user.roles]);
  const label = t("staff.rolesOf", { username: user.username });
  return (
    <Form layout="vertical" aria-label={label} component="div">
      <Form.Item
        label={label}
        validateStatus={roles.length === 0 ? "error" : undefined}
        help={roles.length === 0 ? t("validation.rolesRequired") : undefined}
      >
        <Checkbox.Group
          value={roles}
          onChange={(next) => setRoles(next as StaffRole[])}
          options={STAFF_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        />
      </Form.Item>
      <RefusalAlert
        error={update.error}
        changedText={t("staff.stale", { username: user.username })}
        onReload={() => {
          update.reset();
          void refresh();
          onDone();
        }}
      />
      <Flex gap={8} style={{ marginTop: 12 }}>
        <Button
          type="primary"
          loading={update.isPending}
          disabled={roles.length === 0 || update.isPending}
          onClick={() =>
            update.mutate({ userId: user.id, body: { version: user.version, roles } }, { onSuccess: onDone })
          }
        >
          {t("staff.actions.saveRoles")}
        </Button>
        <Button onClick={onDone}>{t("common.cancel")}</Button>
      </Flex>
    </Form>
  );
}
