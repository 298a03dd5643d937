import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { useInstallers } from "../api/installers";
import { CreateInstallerForm } from "../components/CreateInstallerForm";
import { InstallerRow } from "../components/InstallerRow";
import { validityOf } from "../model/certificate-validity";

/** Installers with their certificates; managers edit, dispatchers read. */
export function InstallersRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const format = useTenantFormat();
  const canManage = me.roles.includes("manager");
  const installers = useInstallers();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const items = installers.data?.items ?? [];
  const today = format.today();
  const attention = items.filter((installer) =>
    installer.certifications.some((c) => ["expired", "expiring"].includes(validityOf(c, today).state)),
  ).length;

  return (
    <>
      <PageHeader
        title={t("installers.title")}
        description={canManage ? t("installers.description") : t("installers.readOnly")}
        actions={
          canManage && (
            <button type="button" className="button button--primary" aria-expanded={creating} onClick={() => setCreating(!creating)}>
              {creating ? t("common.close") : t("installers.create.open")}
            </button>
          )
        }
      />
      {creating && (
        <CreateInstallerForm
          existing={new Set(items.map((installer) => installer.id))}
          onCreated={(installer) => {
            setCreated(installer.displayName);
            setCreating(false);
          }}
        />
      )}
      {created && (
        <p className="status status--ok" role="status">
          {t("installers.create.done", { name: created })}
        </p>
      )}
      {attention > 0 && (
        <div className="alert alert--warning" role="status">
          {t("installers.attention", { count: attention })}
        </div>
      )}
      {installers.isPending && <Loading />}
      {installers.isError && <ProblemAlert error={installers.error} />}
      {installers.data && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t("installers.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("installers.fields.name")}</th>
                <th scope="col">{t("installers.fields.phone")}</th>
                <th scope="col">{t("installers.fields.status")}</th>
                <th scope="col">{t("installers.fields.certificates")}</th>
                <th scope="col">{t("installers.fields.skills")}</th>
                <th scope="col">{t("installers.fields.workingHours")}</th>
                <th scope="col">{t("common.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {items.length === 0 ? (
                <tr>
                  <td colSpan={7} className="empty">
                    {t("installers.none")}
                  </td>
                </tr>
              ) : (
                items.map((installer) => <InstallerRow key={installer.id} installer={installer} canManage={canManage} />)
              )}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
