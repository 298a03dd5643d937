import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useCustomer } from "@/lib/customer-lookup";
import { useTenantFormat } from "@/lib/current-user";
import { useDeleteCustomer, useReloadCustomer, type Customer } from "../api/customers";
import { ContactsPanel } from "../components/ContactsPanel";
import { CustomerAssetsPanel } from "../components/CustomerAssetsPanel";
import { CustomerForm } from "../components/CustomerForm";
import { SitesPanel } from "../components/SitesPanel";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children || <span className="muted">—</span>}</dd>
    </>
  );
}

function CustomerFacts({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  return (
    <section className="panel" aria-labelledby="customer-facts-title">
      <h2 id="customer-facts-title" className="panel__title">
        {t("customers.detail.facts")}
      </h2>
      <dl className="facts facts--columns">
        <Fact label={t("customers.fields.kind")}>{t(`customerKind.${customer.kind}`)}</Fact>
        <Fact label={t("customers.fields.phone")}>
          <span className="mono">{customer.phone}</span>
        </Fact>
        <Fact label={t("customers.fields.email")}>{customer.email}</Fact>
        <Fact label={t("customers.fields.createdAt")}>{format.dateTime(customer.createdAt)}</Fact>
        <Fact label={t("customers.fields.updatedAt")}>
          {format.dateTime(customer.updatedAt)} <span className="muted small">{t("common.version", { version: customer.version })}</span>
        </Fact>
      </dl>
      {customer.notes && <p className="description">{customer.notes}</p>}
    </section>
  );
}

/** One customer: own fields, contacts, sites and assets; changed and deleted here. */
export function CustomerDetailRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { customerId = "" } = useParams();
  const customer = useCustomer(customerId);
  const remove = useDeleteCustomer(customerId);
  const reload = useReloadCustomer(customerId);
  const [editing, setEditing] = useState(false);
  const data = customer.data;

  function deleteCustomer() {
    if (data && window.confirm(t("customers.confirmDelete", { name: data.name }))) {
      remove.mutate(undefined, { onSuccess: () => navigate("/customers", { replace: true }) });
    }
  }

  return (
    <>
      <PageHeader
        title={data ? data.name : t("customers.detail.title")}
        actions={
          <>
            {data && (
              <>
                <button type="button" className="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
                  {editing ? t("common.close") : t("common.edit")}
                </button>
                <button type="button" className="button button--danger" disabled={remove.isPending} onClick={deleteCustomer}>
                  {t("common.remove")}
                </button>
              </>
            )}
            <Link to="/customers" className="button">
              {t("customers.back")}
            </Link>
          </>
        }
      />
      {customer.isPending && <Loading />}
      {customer.isError && <ProblemAlert error={customer.error} />}
      <ProblemAlert error={remove.error} />
      {data && (
        <>
          {editing && (
            <CustomerForm
              key={data.version}
              customer={data}
              onSaved={() => setEditing(false)}
              onReload={() => void reload()}
            />
          )}
          <CustomerFacts customer={data} />
          <div className="detail-grid detail-grid--even">
            <ContactsPanel customer={data} />
            <SitesPanel customer={data} />
          </div>
          <CustomerAssetsPanel customer={data} />
        </>
      )}
    </>
  );
}
