import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { useDeleteCatalogItem, useReloadCatalog, type CatalogItem } from "../api/catalog";
import { CatalogItemForm } from "./CatalogItemForm";

export const CATALOG_COLUMNS = 6;

export function CatalogRow({ item }: { item: CatalogItem }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const remove = useDeleteCatalogItem(item.id);
  const reload = useReloadCatalog();
  const [editing, setEditing] = useState(false);

  function deleteItem() {
    if (window.confirm(t("catalog.confirmDelete", { code: item.code, name: item.name }))) remove.mutate();
  }

  return (
    <>
      <tr>
        <td className="mono nowrap strong">{item.code}</td>
        <td>{item.name}</td>
        <td className="nowrap">{t(`catalog.kind.${item.kind}`)}</td>
        <td className="nowrap">{item.unit}</td>
        <td className="nowrap">{item.price ? format.money(item.price) : <span className="muted">—</span>}</td>
        <td className="actions">
          <button
            type="button"
            className="button button--small"
            aria-expanded={editing}
            aria-label={t("catalog.editOf", { code: item.code })}
            onClick={() => setEditing(!editing)}
          >
            {t("common.edit")}
          </button>
          <button
            type="button"
            className="button button--small button--danger"
            aria-label={t("catalog.deleteOf", { code: item.code })}
            disabled={remove.isPending}
            onClick={deleteItem}
          >
            {t("common.remove")}
          </button>
        </td>
      </tr>
      {editing && (
        <tr className="row--editor">
          <td colSpan={CATALOG_COLUMNS}>
            <CatalogItemForm key={item.version} item={item} onSaved={() => setEditing(false)} onReload={() => void reload()} />
          </td>
        </tr>
      )}
      {remove.error != null && (
        <tr>
          <td colSpan={CATALOG_COLUMNS}>
            <ProblemAlert error={remove.error} />
          </td>
        </tr>
      )}
    </>
  );
}
