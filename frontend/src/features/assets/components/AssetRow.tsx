import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ProblemAlert } from "@/components/ProblemAlert";
import { WarrantyBadge } from "@/components/WarrantyBadge";
import { useDeleteAsset, useReloadAssets, type Asset } from "../api/assets";
import { AssetForm } from "./AssetForm";

export const ASSET_COLUMNS = 8;

export function AssetRow({ asset }: { asset: Asset }) {
  const { t } = useTranslation();
  const remove = useDeleteAsset(asset.id);
  const reload = useReloadAssets();
  const [editing, setEditing] = useState(false);

  function deleteAsset() {
    if (window.confirm(t("assets.confirmDelete", { serial: asset.serialNumber }))) remove.mutate();
  }

  return (
    <>
      <tr>
        <td className="mono nowrap strong">{asset.serialNumber}</td>
        <td>{asset.productName}</td>
        <td>
          <Link to={`/customers/${asset.customerId}`}>{asset.customerName}</Link>
        </td>
        <td className="nowrap">{asset.vehiclePlate}</td>
        <td className="mono small">
          {[asset.terminalId, asset.simId].filter(Boolean).join(" / ")}
        </td>
        <td className="nowrap">{asset.installDate}</td>
        <td>
          <WarrantyBadge underWarranty={asset.underWarranty} warrantyEnd={asset.warrantyEnd} />
        </td>
        <td className="actions">
          <button
            type="button"
            className="button button--small"
            aria-expanded={editing}
            aria-label={t("assets.editOf", { serial: asset.serialNumber })}
            onClick={() => setEditing(!editing)}
          >
            {t("common.edit")}
          </button>
          <button
            type="button"
            className="button button--small button--danger"
            aria-label={t("assets.deleteOf", { serial: asset.serialNumber })}
            disabled={remove.isPending}
            onClick={deleteAsset}
          >
            {t("common.remove")}
          </button>
        </td>
      </tr>
      {editing && (
        <tr className="row--editor">
          <td colSpan={ASSET_COLUMNS}>
            <AssetForm key={asset.version} asset={asset} onSaved={() => setEditing(false)} onReload={() => void reload()} />
          </td>
        </tr>
      )}
      {remove.error != null && (
        <tr>
          <td colSpan={ASSET_COLUMNS}>
            <ProblemAlert error={remove.error} />
          </td>
        </tr>
      )}
    </>
  );
}
