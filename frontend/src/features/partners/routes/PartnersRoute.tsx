import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { LoadMore } from "@/components/LoadMore";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { usePartners } from "../api/partners";
import { CreatePartnerForm } from "../components/CreatePartnerForm";

/** The tenant's outsourcing partners (外包合作方), oldest first; bank accounts as the API masks them. */
export function PartnersRoute() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const navigate = useNavigate();
  const partners = usePartners();
  const [creating, setCreating] = useState(false);
  const items = partners.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <PageHeader
        title={t("partners.title")}
        description={t("partners.description")}
        actions={
          <button
            type="button"
            className={creating ? "button" : "button button--primary"}
            aria-expanded={creating}
            onClick={() => setCreating(!creating)}
          >
            {creating ? t("common.cancel") : t("partners.create.open")}
          </button>
        }
      />
      {creating && <CreatePartnerForm onCreated={(partner) => navigate(`/partners/${partner.id}`)} />}
      {partners.isPending && <Loading />}
      {partners.isError && <ProblemAlert error={partners.error} />}
      {partners.isSuccess && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t("partners.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("partners.fields.name")}</th>
                <th scope="col">{t("partners.fields.contacts")}</th>
                <th scope="col">{t("partners.fields.bankAccount")}</th>
                <th scope="col">{t("partners.fields.staff")}</th>
                <th scope="col">{t("partners.fields.createdAt")}</th>
              </tr>
            </thead>
            <tbody>
              {items.length === 0 ? (
                <tr>
                  <td colSpan={5} className="empty">
                    {t("common.noItems")}
                  </td>
                </tr>
              ) : (
                items.map((partner) => (
                  <tr key={partner.id}>
                    <td>
                      <Link to={`/partners/${partner.id}`} className="strong">
                        {partner.name}
                      </Link>
                    </td>
                    <td>
                      {partner.contacts
                        .map((contact) => [contact.name, contact.role, contact.phone].filter(Boolean).join(" · "))
                        .join("；") || <span className="muted">—</span>}
                    </td>
                    <td className="nowrap">
                      {partner.bankAccount ? (
                        <>
                          {partner.bankAccount.bank} <span className="mono">{partner.bankAccount.accountNumberMasked}</span>
                        </>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                    <td>{partner.staff.length}</td>
                    <td className="nowrap">{format.date(partner.createdAt)}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore
        hasMore={partners.hasNextPage}
        loading={partners.isFetchingNextPage}
        onLoadMore={() => void partners.fetchNextPage()}
      />
    </>
  );
}
