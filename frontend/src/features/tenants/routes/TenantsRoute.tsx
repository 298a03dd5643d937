import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadMore } from "@/components/LoadMore";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { formatDateTime } from "@/lib/format";
import { useTenants } from "../api/tenants";
import { CreateTenantForm } from "../components/CreateTenantForm";

export function TenantsRoute() {
  const { t, i18n } = useTranslation();
  const tenants = useTenants();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const items = tenants.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader
        title={t("tenants.title")}
        description={t("tenants.description")}
        actions={
          <button
            type="button"
            className="button button--primary"
            aria-expanded={creating}
            onClick={() => setCreating(!creating)}
          >
            {creating ? t("common.close") : t("tenants.create.open")}
          </button>
        }
      />
      {creating && (
        <CreateTenantForm
          onCreated={(tenant) => {
            setCreated(tenant.name);
            setCreating(false);
          }}
        />
      )}
      {created && (
        <p className="status status--ok" role="status">
          {t("tenants.create.done", { name: created })}
        </p>
      )}
      {tenants.isPending && <Loading />}
      {tenants.isError && <ProblemAlert error={tenants.error} />}
      {tenants.isSuccess && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t("tenants.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("tenants.fields.name")}</th>
                <th scope="col">{t("tenants.fields.slug")}</th>
                <th scope="col">{t("tenants.fields.timeZone")}</th>
                <th scope="col">{t("tenants.fields.locale")}</th>
                <th scope="col">{t("tenants.fields.currency")}</th>
                <th scope="col">{t("tenants.fields.createdAt")}</th>
              </tr>
            </thead>
            <tbody>
              {items.length === 0 ? (
                <tr>
                  <td colSpan={6} className="empty">
                    {t("common.noItems")}
                  </td>
                </tr>
              ) : (
                items.map((tenant) => (
                  <tr key={tenant.id}>
                    <td className="strong">{tenant.name}</td>
                    <td>
                      <code>{tenant.slug}</code>
                    </td>
                    <td>{tenant.timeZone}</td>
                    <td>{t(`language.${tenant.locale}`)}</td>
                    <td>{tenant.currency}</td>
                    {/* Each tenant's creation time is shown in that tenant's own time zone. */}
                    <td className="nowrap">
                      {formatDateTime(tenant.createdAt, tenant.timeZone, i18n.language)}
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore
        hasMore={tenants.hasNextPage}
        loading={tenants.isFetchingNextPage}
        onLoadMore={() => void tenants.fetchNextPage()}
      />
    </>
  );
}
