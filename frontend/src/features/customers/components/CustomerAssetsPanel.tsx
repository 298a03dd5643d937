import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ProblemAlert } from "@/components/ProblemAlert";
import { WarrantyBadge } from "@/components/WarrantyBadge";
import { useCustomerAssets } from "@/lib/customer-lookup";
import type { Customer } from "../api/customers";

/** What is installed at the customer, with the warranty of each. */
export function CustomerAssetsPanel({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const assets = useCustomerAssets(customer.id);
  const siteLabel = (siteId: string | undefined) => customer.sites.find((site) => site.id === siteId)?.label ?? "";
  const items = assets.data?.items ?? [];
  return (
    <section className="panel" aria-labelledby="customer-assets-title">
      <h2 id="customer-assets-title" className="panel__title">
        {t("customers.assets.title")}
      </h2>
      <ProblemAlert error={assets.error} />
      <table className="table table--inner">
        <thead>
          <tr>
            <th scope="col">{t("assets.fields.product")}</th>
            <th scope="col">{t("assets.fields.serialNumber")}</th>
            <th scope="col">{t("assets.fields.vehiclePlate")}</th>
            <th scope="col">{t("assets.fields.site")}</th>
            <th scope="col">{t("assets.fields.installDate")}</th>
            <th scope="col">{t("assets.fields.warranty")}</th>
          </tr>
        </thead>
        <tbody>
          {items.length === 0 ? (
            <tr>
              <td colSpan={6} className="empty">
                {assets.isPending ? t("common.loading") : t("customers.assets.none")}
              </td>
            </tr>
          ) : (
            items.map((asset) => (
              <tr key={asset.id}>
                <td>{asset.productName}</td>
                <td className="mono nowrap">{asset.serialNumber}</td>
                <td className="nowrap">{asset.vehiclePlate}</td>
                <td>{siteLabel(asset.siteId)}</td>
                <td className="nowrap">{asset.installDate}</td>
                <td>
                  <WarrantyBadge underWarranty={asset.underWarranty} warrantyEnd={asset.warrantyEnd} />
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      <Link to={`/assets?customerId=${customer.id}`} className="button button--small">
        {t("customers.assets.manage")}
      </Link>
    </section>
  );
}
