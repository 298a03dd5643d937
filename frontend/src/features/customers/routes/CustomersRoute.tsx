import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { LoadMore } from "@/components/LoadMore";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { MIN_PHONE_DIGITS, needsMoreDigits, phoneDigits, SEARCH_DELAY_MS } from "@/lib/customer-lookup";
import { useTenantFormat } from "@/lib/current-user";
import { useDebouncedValue } from "@/lib/use-debounced-value";
import { useCustomerList } from "../api/customers";
import { CustomerForm } from "../components/CustomerForm";
import { CUSTOMER_KINDS } from "../model/customer-form";

/** The tenant's customers, found by name or phone; a new one is registered here. */
export function CustomersRoute() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const [text, setText] = useState(search.get("q") ?? "");
  const kind = CUSTOMER_KINDS.find((value) => value === search.get("kind"));
  const [creating, setCreating] = useState(false);
  const settled = useDebouncedValue(text, SEARCH_DELAY_MS);
  // Fewer than 3 digits are not searched yet: the list stays as it was.
  const customers = useCustomerList(needsMoreDigits(settled) ? "" : settled, kind);
  const items = customers.data?.pages.flatMap((page) => page.items) ?? [];

  function choose(key: string, value: string) {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next, { replace: true });
  }

  return (
    <>
      <PageHeader
        title={t("customers.title")}
        description={t("customers.description")}
        actions={
          <button type="button" className="button button--primary" aria-expanded={creating} onClick={() => setCreating(!creating)}>
            {creating ? t("common.close") : t("customers.create.open")}
          </button>
        }
      />
      {creating && <CustomerForm onSaved={(customer) => navigate(`/customers/${customer.id}`)} />}
      <div className="toolbar" role="search">
        <label className="toolbar__item">
          <span>{t("customers.search")}</span>
          <input
            type="search"
            className="input input--wide"
            value={text}
            placeholder={t("customerSearch.placeholder")}
            onChange={(e) => {
              setText(e.target.value);
              choose("q", e.target.value.trim());
            }}
          />
        </label>
        <label className="toolbar__item">
          <span>{t("customers.fields.kind")}</span>
          <select className="input" value={kind ?? ""} onChange={(e) => choose("kind", e.target.value)}>
            <option value="">{t("common.all")}</option>
            {CUSTOMER_KINDS.map((value) => (
              <option key={value} value={value}>
                {t(`customerKind.${value}`)}
              </option>
            ))}
          </select>
        </label>
        {needsMoreDigits(text) && <span className="muted small">{t("customerSearch.moreDigits", { count: MIN_PHONE_DIGITS - phoneDigits(text).length })}</span>}
      </div>
      {customers.isPending && <Loading />}
      {customers.isError && <ProblemAlert error={customers.error} />}
      {customers.isSuccess && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t("customers.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("customers.fields.name")}</th>
                <th scope="col">{t("customers.fields.kind")}</th>
                <th scope="col">{t("customers.fields.phone")}</th>
                <th scope="col">{t("customers.fields.email")}</th>
                <th scope="col">{t("customers.fields.createdAt")}</th>
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
                items.map((customer) => (
                  <tr key={customer.id}>
                    <td>
                      <Link to={`/customers/${customer.id}`} className="strong">
                        {customer.name}
                      </Link>
                    </td>
                    <td className="nowrap">{t(`customerKind.${customer.kind}`)}</td>
                    <td className="mono nowrap">{customer.phone}</td>
                    <td>{customer.email}</td>
                    <td className="nowrap">{format.dateTime(customer.createdAt)}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore
        hasMore={customers.hasNextPage}
        loading={customers.isFetchingNextPage}
        onLoadMore={() => void customers.fetchNextPage()}
      />
    </>
  );
}
