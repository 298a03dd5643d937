import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { LoadMore } from "@/components/LoadMore";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { SEARCH_DELAY_MS } from "@/lib/customer-lookup";
import { useDebouncedValue } from "@/lib/use-debounced-value";
import { CATALOG_KINDS, useCatalogItems } from "../api/catalog";
import { CatalogItemForm } from "../components/CatalogItemForm";
import { CATALOG_COLUMNS, CatalogRow } from "../components/CatalogRow";

/** Product models, spare parts and tools of the tenant. */
export function CatalogRoute() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const [text, setText] = useState(search.get("q") ?? "");
  const kind = CATALOG_KINDS.find((value) => value === search.get("kind"));
  const [creating, setCreating] = useState(false);
  const items = useCatalogItems(kind, useDebouncedValue(text, SEARCH_DELAY_MS));
  const rows = items.data?.pages.flatMap((page) => page.items) ?? [];

  function choose(key: string, value: string) {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next, { replace: true });
  }

  return (
    <>
      <PageHeader
        title={t("catalog.title")}
        description={t("catalog.description")}
        actions={
          <button type="button" className="button button--primary" aria-expanded={creating} onClick={() => setCreating(!creating)}>
            {creating ? t("common.close") : t("catalog.create.open")}
          </button>
        }
      />
      {creating && <CatalogItemForm onSaved={() => setCreating(false)} />}
      <div className="toolbar" role="search">
        <label className="toolbar__item">
          <span>{t("catalog.search")}</span>
          <input
            type="search"
            className="input"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              choose("q", e.target.value.trim());
            }}
          />
        </label>
        <label className="toolbar__item">
          <span>{t("catalog.fields.kind")}</span>
          <select className="input" value={kind ?? ""} onChange={(e) => choose("kind", e.target.value)}>
            <option value="">{t("common.all")}</option>
            {CATALOG_KINDS.map((value) => (
              <option key={value} value={value}>
                {t(`catalog.kind.${value}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {items.isPending && <Loading />}
      {items.isError && <ProblemAlert error={items.error} />}
      {items.isSuccess && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t("catalog.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("catalog.fields.code")}</th>
                <th scope="col">{t("catalog.fields.name")}</th>
                <th scope="col">{t("catalog.fields.kind")}</th>
                <th scope="col">{t("catalog.fields.unit")}</th>
                <th scope="col">{t("catalog.fields.price")}</th>
                <th scope="col">{t("common.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.length === 0 ? (
                <tr>
                  <td colSpan={CATALOG_COLUMNS} className="empty">
                    {t("common.noItems")}
                  </td>
                </tr>
              ) : (
                rows.map((item) => <CatalogRow key={item.id} item={item} />)
              )}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore hasMore={items.hasNextPage} loading={items.isFetchingNextPage} onLoadMore={() => void items.fetchNextPage()} />
    </>
  );
}
