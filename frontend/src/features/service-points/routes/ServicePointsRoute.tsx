import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useCurrentUser } from "@/lib/current-user";
import { personName } from "@/lib/format";
import {
  SERVICE_POINT_KINDS,
  useDeleteServicePoint,
  useManagers,
  useReloadServicePoints,
  useServicePoints,
  type ServicePoint,
} from "../api/service-points";
import { ServicePointForm } from "../components/ServicePointForm";

const COLUMNS = 6;

function ServicePointRow({ point, managerName, canManage }: { point: ServicePoint; managerName: string; canManage: boolean }) {
  const { t } = useTranslation();
  const remove = useDeleteServicePoint(point.id);
  const reload = useReloadServicePoints();
  const [editing, setEditing] = useState(false);

  function deletePoint() {
    if (window.confirm(t("servicePoints.confirmDelete", { name: point.name }))) remove.mutate();
  }

  return (
    <>
      <tr>
        <td className="strong">{point.name}</td>
        <td className="nowrap">{t(`servicePoints.kind.${point.kind}`)}</td>
        <td>{point.address}</td>
        <td className="mono nowrap">{point.phone}</td>
        <td>{managerName || <span className="muted">—</span>}</td>
        <td className="actions">
          {canManage && (
            <>
              <button
                type="button"
                className="button button--small"
                aria-expanded={editing}
                aria-label={t("servicePoints.editOf", { name: point.name })}
                onClick={() => setEditing(!editing)}
              >
                {t("common.edit")}
              </button>
              <button
                type="button"
                className="button button--small button--danger"
                aria-label={t("servicePoints.deleteOf", { name: point.name })}
                disabled={remove.isPending}
                onClick={deletePoint}
              >
                {t("common.remove")}
              </button>
            </>
          )}
        </td>
      </tr>
      {editing && (
        <tr className="row--editor">
          <td colSpan={COLUMNS}>
            <ServicePointForm key={point.version} point={point} onSaved={() => setEditing(false)} onReload={() => void reload()} />
          </td>
        </tr>
      )}
      {remove.error != null && (
        <tr>
          <td colSpan={COLUMNS}>
            <ProblemAlert error={remove.error} />
          </td>
        </tr>
      )}
    </>
  );
}

/** Branches, monitoring centres and partner repair shops; managers change them, dispatchers read them. */
export function ServicePointsRoute() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const canManage = me.roles.includes("manager");
  const [search, setSearch] = useSearchParams();
  const kind = SERVICE_POINT_KINDS.find((value) => value === search.get("kind"));
  const points = useServicePoints(kind);
  const managers = useManagers(canManage);
  const [creating, setCreating] = useState(false);
  const items = points.data?.items ?? [];

  function managerName(point: ServicePoint): string {
    if (!point.managerId) return "";
    const user = managers.data?.find((candidate) => candidate.id === point.managerId);
    return user ? personName(user.firstName, user.lastName, i18n.language) || user.username : t("servicePoints.managerNamed");
  }

  return (
    <>
      <PageHeader
        title={t("servicePoints.title")}
        description={canManage ? t("servicePoints.description") : t("servicePoints.readOnly")}
        actions={
          canManage && (
            <button type="button" className="button button--primary" aria-expanded={creating} onClick={() => setCreating(!creating)}>
              {creating ? t("common.close") : t("servicePoints.create.open")}
            </button>
          )
        }
      />
      {creating && <ServicePointForm onSaved={() => setCreating(false)} />}
      <div className="toolbar">
        <label className="toolbar__item">
          <span>{t("servicePoints.fields.kind")}</span>
          <select
            className="input"
            value={kind ?? ""}
            onChange={(e) => setSearch(e.target.value ? { kind: e.target.value } : {}, { replace: true })}
          >
            <option value="">{t("common.all")}</option>
            {SERVICE_POINT_KINDS.map((value) => (
              <option key={value} value={value}>
                {t(`servicePoints.kind.${value}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {points.isPending && <Loading />}
      {points.isError && <ProblemAlert error={points.error} />}
      {points.data && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t("servicePoints.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("servicePoints.fields.name")}</th>
                <th scope="col">{t("servicePoints.fields.kind")}</th>
                <th scope="col">{t("servicePoints.fields.address")}</th>
                <th scope="col">{t("servicePoints.fields.phone")}</th>
                <th scope="col">{t("servicePoints.fields.manager")}</th>
                <th scope="col">{t("common.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {items.length === 0 ? (
                <tr>
                  <td colSpan={COLUMNS} className="empty">
                    {t("common.noItems")}
                  </td>
                </tr>
              ) : (
                items.map((point) => (
                  <ServicePointRow key={point.id} point={point} managerName={managerName(point)} canManage={canManage} />
                ))
              )}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
