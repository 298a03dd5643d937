import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { isStaleVersion } from "@/lib/api/problem";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { personName } from "@/lib/format";
import {
  STAFF_ROLES,
  useDeleteStaffUser,
  useRefreshStaffUsers,
  useUpdateStaffUser,
  type StaffRole,
  type StaffUser,
} from "../api/users";

const COLUMNS = 7;

export function StaffUserRow({ user }: { user: StaffUser }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const format = useTenantFormat();
  const update = useUpdateStaffUser();
  const remove = useDeleteStaffUser();
  const refresh = useRefreshStaffUsers();
  const [editingRoles, setEditingRoles] = useState<StaffRole[] | null>(null);
  const { username, roles, enabled } = user;
  const isSelf = username === me.username;
  const name = personName(user.firstName, user.lastName, i18n.language);
  const error = update.error ?? remove.error;

  function saveRoles() {
    if (!editingRoles || editingRoles.length === 0) return;
    update.mutate(
      { userId: user.id, body: { version: user.version, roles: editingRoles } },
      { onSuccess: () => setEditingRoles(null) },
    );
  }

  function toggleEnabled() {
    update.mutate({ userId: user.id, body: { version: user.version, enabled: !enabled } });
  }

  function deleteUser() {
    if (window.confirm(t("staff.confirmDelete", { username }))) {
      remove.mutate(user.id);
    }
  }

  return (
    <>
      <tr className={enabled ? undefined : "row--disabled"}>
        <td>
          <span className="strong">{username}</span>
        </td>
        <td>{name || <span className="muted">—</span>}</td>
        <td>{user.email}</td>
        <td>
          {roles.map((role) => (
            <span key={role} className="chip">
              {t(`roles.${role}`)}
            </span>
          ))}
        </td>
        <td>
          <span className={enabled ? "badge badge--ok" : "badge badge--off"}>
            {enabled ? t("staff.enabled") : t("staff.disabled")}
          </span>
        </td>
        <td className="nowrap">{format.dateTime(user.createdAt)}</td>
        <td className="actions">
          <button
            type="button"
            className="button button--small"
            aria-label={t("staff.actions.editRoles", { username })}
            aria-expanded={editingRoles !== null}
            onClick={() => setEditingRoles(editingRoles ? null : [...roles])}
          >
            {t("staff.actions.roles")}
          </button>
          {!isSelf && (
            <button
              type="button"
              className="button button--small"
              aria-label={t(enabled ? "staff.actions.disableUser" : "staff.actions.enableUser", {
                username,
              })}
              disabled={update.isPending}
              onClick={toggleEnabled}
            >
              {enabled ? t("staff.actions.disable") : t("staff.actions.enable")}
            </button>
          )}
          {!isSelf && (
            <button
              type="button"
              className="button button--small button--danger"
              aria-label={t("staff.actions.deleteUser", { username })}
              disabled={remove.isPending}
              onClick={deleteUser}
            >
              {t("common.remove")}
            </button>
          )}
        </td>
      </tr>
      {editingRoles && (
        <tr className="row--editor">
          <td colSpan={COLUMNS}>
            <fieldset className="inline-group">
              <legend className="field__label">{t("staff.rolesOf", { username })}</legend>
              <div className="checkbox-row">
                {STAFF_ROLES.map((role) => (
                  <label key={role} className="checkbox">
                    <input
                      type="checkbox"
                      checked={editingRoles.includes(role)}
                      onChange={(e) =>
                        setEditingRoles(
                          e.target.checked ? [...editingRoles, role] : editingRoles.filter((r) => r !== role),
                        )
                      }
                    />
                    {t(`roles.${role}`)}
                  </label>
                ))}
                <button
                  type="button"
                  className="button button--primary button--small"
                  disabled={editingRoles.length === 0 || update.isPending}
                  onClick={saveRoles}
                >
                  {t("staff.actions.saveRoles")}
                </button>
                <button type="button" className="button button--small" onClick={() => setEditingRoles(null)}>
                  {t("common.cancel")}
                </button>
              </div>
              {editingRoles.length === 0 && <p className="field__error">{t("validation.rolesRequired")}</p>}
            </fieldset>
          </td>
        </tr>
      )}
      {error != null && (
        <tr>
          <td colSpan={COLUMNS}>
            {isStaleVersion(error) ? (
              <div className="alert alert--warning" role="alert">
                <p className="alert__headline">{t("staff.stale", { username })}</p>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => {
                    update.reset();
                    void refresh();
                  }}
                >
                  {t("common.reload")}
                </button>
              </div>
            ) : (
              <ProblemAlert error={error} />
            )}
          </td>
        </tr>
      )}
    </>
  );
}
