import { Card, Table } from "antd";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ProblemAlert } from "@/components/ProblemAlert";
import { AssetWarrantyFacts } from "@/components/AssetWarranty";
import { WarrantyBadge } from "@/components/WarrantyBadge";
import { useCustomerAssets } from "@/lib/customer-lookup";
import type { Asset, Customer } from "../api/customers";

/** What is installed at the customer, where (the site's address) and with the warranty of each. */
export function CustomerAssetsPanel({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const headingId = useId();
  const assets = useCustomerAssets(customer.id);
  const siteAddress = (siteId: string | undefined) => customer.sites.find((site) => site.id === siteId)?.address ?? "—";
  return (
    <section aria-labelledby={headingId}>
      <Card
        size="small"
        title={<span id={headingId}>{t("customers.assets.title")}</span>}
        extra={<Link to={`/assets?customerId=${customer.id}`}>{t("customers.assets.manage")}</Link>}
      >
        <ProblemAlert error={assets.error} />
        <Table<Asset>
          aria-label={t("customers.assets.title")}
          size="small"
          rowKey="id"
          pagination={false}
          scroll={{ x: "max-content" }}
          loading={assets.isPending}
          dataSource={assets.data?.items ?? []}
          locale={{ emptyText: t("customers.assets.none") }}
          expandable={{ expandedRowRender: (asset) => <AssetWarrantyFacts asset={asset} /> }}
          columns={[
            { title: t("assets.fields.product"), dataIndex: "productName" },
            { title: t("assets.fields.serialNumber"), dataIndex: "serialNumber" },
            { title: t("assets.fields.vehiclePlate"), dataIndex: "vehiclePlate", responsive: ["md"] },
            {
              title: t("assets.fields.site"),
              dataIndex: "siteId",
              responsive: ["lg"],
              render: (siteId?: string) => siteAddress(siteId),
            },
            { title: t("assets.fields.installDate"), dataIndex: "installDate", responsive: ["md"] },
            {
              title: t("assets.fields.warranty"),
              key: "warranty",
              render: (_, asset) => (
                <WarrantyBadge underWarranty={asset.underWarranty} warrantyEnd={asset.warrantyEnd} />
              ),
            },
          ]}
        />
      </Card>
    </section>
  );
}
