import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { LoadMore } from "@/components/LoadMore";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { SEARCH_DELAY_MS, useCustomer } from "@/lib/customer-lookup";
import { useDebouncedValue } from "@/lib/use-debounced-value";
import { useAssetList } from "../api/assets";
import { AssetForm } from "../components/AssetForm";
import { ASSET_COLUMNS, AssetRow } from "../components/AssetRow";

/** Installed products, found by the start of the serial number or plate, or by customer. */
export function AssetsRoute() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const [serial, setSerial] = useState(search.get("serial") ?? "");
  const [plate, setPlate] = useState(search.get("plate") ?? "");
  const customerId = search.get("customerId") ?? "";
  const customer = useCustomer(customerId || null);
  const [creating, setCreating] = useState(false);
  const filter = {
    serial: useDebouncedValue(serial.trim(), SEARCH_DELAY_MS),
    plate: useDebouncedValue(plate.trim(), SEARCH_DELAY_MS),
    customerId,
  };
  const assets = useAssetList(filter);
  const items = assets.data?.pages.flatMap((page) => page.items) ?? [];

  function choose(key: string, value: string) {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next, { replace: true });
  }

  return (
    <>
      <PageHeader
        title={t("assets.title")}
        description={t("assets.description")}
        actions={
          <button type="button" className="button button--primary" aria-expanded={creating} onClick={() => setCreating(!creating)}>
            {creating ? t("common.close") : t("assets.create.open")}
          </button>
        }
      />
      {creating && <AssetForm customerId={customerId} onSaved={() => setCreating(false)} />}
      <div className="toolbar" role="search">
        <label className="toolbar__item">
          <span>{t("assets.filterSerial")}</span>
          <input
            type="search"
            className="input mono"
            value={serial}
            onChange={(e) => {
              setSerial(e.target.value);
              choose("serial", e.target.value.trim());
            }}
          />
        </label>
        <label className="toolbar__item">
          <span>{t("assets.filterPlate")}</span>
          <input
            type="search"
            className="input"
            value={plate}
            onChange={(e) => {
              setPlate(e.target.value);
              choose("plate", e.target.value.trim());
            }}
          />
        </label>
        {customerId && (
          <span className="toolbar__item">
            <span>{t("assets.fields.customer")}</span>
            <span className="chip chip--removable">
              {customer.data?.name ?? t("common.loading")}
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={t("assets.clearCustomer")}
                onClick={() => choose("customerId", "")}
              >
                ×
              </button>
            </span>
          </span>
        )}
      </div>
      {assets.isPending && <Loading />}
      {assets.isError && <ProblemAlert error={assets.error} />}
      {assets.isSuccess && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t("assets.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("assets.fields.serialNumber")}</th>
                <th scope="col">{t("assets.fields.product")}</th>
                <th scope="col">{t("assets.fields.customer")}</th>
                <th scope="col">{t("assets.fields.vehiclePlate")}</th>
                <th scope="col">{t("assets.fields.terminalAndSim")}</th>
                <th scope="col">{t("assets.fields.installDate")}</th>
                <th scope="col">{t("assets.fields.warranty")}</th>
                <th scope="col">{t("common.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {items.length === 0 ? (
                <tr>
                  <td colSpan={ASSET_COLUMNS} className="empty">
                    {t("common.noItems")}
                  </td>
                </tr>
              ) : (
                items.map((asset) => <AssetRow key={asset.id} asset={asset} />)
              )}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore hasMore={assets.hasNextPage} loading={assets.isFetchingNextPage} onLoadMore={() => void assets.fetchNextPage()} />
    </>
  );
}
