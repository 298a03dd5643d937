import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadMore } from "@/components/LoadMore";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { STAFF_ROLES, useStaffUsers, type StaffRole } from "../api/users";
import { CreateStaffUserForm } from "../components/CreateStaffUserForm";
import { StaffUserRow } from "../components/StaffUserRow";

export function StaffRoute() {
  const { t } = useTranslation();
  const [role, setRole] = useState<StaffRole | undefined>(undefined);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const users = useStaffUsers(role);
  const items = users.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader
        title={t("staff.title")}
        description={t("staff.description")}
        actions={
          <button
            type="button"
            className="button button--primary"
            aria-expanded={creating}
            onClick={() => setCreating(!creating)}
          >
            {creating ? t("common.close") : t("staff.create.open")}
          </button>
        }
      />
      {creating && (
        <CreateStaffUserForm
          loginPrefix={users.data?.pages[0]?.loginPrefix}
          onCreated={(user) => {
            setCreated(user.username);
            setCreating(false);
          }}
        />
      )}
      {created && (
        <p className="status status--ok" role="status">
          {t("staff.create.done", { username: created })}
        </p>
      )}
      <div className="toolbar">
        <label className="toolbar__item">
          <span>{t("staff.filterRole")}</span>
          <select
            className="input"
            value={role ?? ""}
            onChange={(e) => setRole(e.target.value ? (e.target.value as StaffRole) : undefined)}
          >
            <option value="">{t("staff.allRoles")}</option>
            {STAFF_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {users.isPending && <Loading />}
      {users.isError && <ProblemAlert error={users.error} />}
      {users.isSuccess && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t("staff.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("staff.fields.login")}</th>
                <th scope="col">{t("staff.fields.name")}</th>
                <th scope="col">{t("staff.fields.email")}</th>
                <th scope="col">{t("staff.fields.roles")}</th>
                <th scope="col">{t("staff.fields.status")}</th>
                <th scope="col">{t("staff.fields.createdAt")}</th>
                <th scope="col">{t("common.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {items.length === 0 ? (
                <tr>
                  <td colSpan={7} className="empty">
                    {t("common.noItems")}
                  </td>
                </tr>
              ) : (
                items.map((user) => <StaffUserRow key={user.id} user={user} />)
              )}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore
        hasMore={users.hasNextPage}
        loading={users.isFetchingNextPage}
        onLoadMore={() => void users.fetchNextPage()}
      />
    </>
  );
}
