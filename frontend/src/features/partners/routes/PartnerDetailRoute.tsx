import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { usePartner } from "../api/partners";
import { AgreementsTab } from "../components/AgreementsTab";
import { OrdersTab } from "../components/OrdersTab";
import { QuotaTab } from "../components/QuotaTab";
import { StaffTab } from "../components/StaffTab";
import { StatementsTab } from "../components/StatementsTab";
import { PARTNER_TABS, partnerTabOf } from "../model/tabs";

/** One partner: contacts, the masked bank account, and tabs for agreements, orders, quota, staff and statements. */
export function PartnerDetailRoute() {
  const { t } = useTranslation();
  const { partnerId = "" } = useParams();
  const [search, setSearch] = useSearchParams();
  const tab = partnerTabOf(search.get("tab"));
  const detail = usePartner(partnerId);
  const partner = detail.data;
  return (
    <>
      <PageHeader
        title={partner?.name ?? t("partners.detail.title")}
        actions={
          <Link to="/partners" className="button">
            {t("partners.back")}
          </Link>
        }
      />
      {detail.isPending && <Loading />}
      {detail.isError && <ProblemAlert error={detail.error} />}
      {partner && (
        <>
          <section className="panel" aria-label={t("partners.detail.facts")}>
            <dl className="facts facts--columns">
              <dt>{t("partners.fields.contacts")}</dt>
              <dd>
                {partner.contacts.length === 0 ? (
                  <span className="muted">—</span>
                ) : (
                  <ul className="plain-list">
                    {partner.contacts.map((contact, index) => (
                      <li key={index}>
                        {contact.name} {contact.role && <span className="muted">{contact.role}</span>}{" "}
                        {contact.phone && <a href={`tel:${contact.phone.replace(/[^\d+]/g, "")}`}>{contact.phone}</a>}
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
              <dt>{t("partners.fields.bankAccount")}</dt>
              <dd>
                {partner.bankAccount ? (
                  <>
                    {[partner.bankAccount.accountName, partner.bankAccount.bank].filter(Boolean).join(" · ")}{" "}
                    <span className="mono">{partner.bankAccount.accountNumberMasked}</span>
                  </>
                ) : (
                  <span className="muted">—</span>
                )}
              </dd>
            </dl>
          </section>
          <div role="tablist" className="tabs" aria-label={t("partners.detail.tabs")}>
            {PARTNER_TABS.map((key) => (
              <button
                key={key}
                type="button"
                role="tab"
                aria-selected={tab === key}
                className={tab === key ? "tabs__tab tabs__tab--on" : "tabs__tab"}
                onClick={() => setSearch(key === "agreements" ? {} : { tab: key }, { replace: true })}
              >
                {t(`partners.tabs.${key}`)}
              </button>
            ))}
          </div>
          {tab === "agreements" && <AgreementsTab partnerId={partner.id} />}
          {tab === "orders" && <OrdersTab partnerId={partner.id} />}
          {tab === "quota" && <QuotaTab partnerId={partner.id} />}
          {tab === "staff" && <StaffTab partner={partner} />}
          {tab === "statements" && <StatementsTab partnerId={partner.id} />}
        </>
      )}
    </>
  );
}
