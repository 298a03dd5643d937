import { Descriptions, Flex, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { Schema } from "@/lib/api/schema-types";
import { useTenantFormat } from "@/lib/current-user";
import { warrantyStateOf } from "@/lib/warranty";
import { WarrantyBadge, WarrantyTag } from "./WarrantyBadge";

type Asset = Schema<"Asset">;

/** An asset's warranty as the office reads it: in or out today and until when, what it covers, the fee after. */
export function AssetWarrantyFacts({ asset }: { asset: Asset }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const none = <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2 }}
      items={[
        {
          key: "warranty",
          label: t("warranty.state"),
          children: (
            <Flex gap={8} wrap align="center">
              <WarrantyBadge underWarranty={asset.underWarranty} warrantyEnd={asset.warrantyEnd} />
              {asset.warrantyEnd && (
                <Typography.Text type="secondary">
                  {asset.warrantyEndFromProduct ? t("warranty.fromProduct") : t("warranty.setByHand")}
                </Typography.Text>
              )}
            </Flex>
          ),
        },
        { key: "contract", label: t("warranty.contractNumber"), children: asset.contractNumber || none },
        { key: "covers", label: t("warranty.covers"), children: asset.warrantyCovers || none },
        {
          key: "fee",
          label: t("warranty.outOfWarrantyFee"),
          children: asset.outOfWarrantyFee ? format.money(asset.outOfWarrantyFee) : none,
        },
      ]}
    />
  );
}

/**
 * The warranty today of the assets chosen for a new order, one line each; the fee of a repair out of warranty
 * shows beside those that have run out. `named: false` leaves out the product and serial a picker already shows.
 */
export function ChosenAssetsWarranty({ assets, named = true }: { assets: readonly Asset[]; named?: boolean }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  if (assets.length === 0) return null;
  return (
    <Flex vertical gap={4} role="list" aria-label={t("warranty.ofChosen")}>
      {assets.map((asset) => {
        const state = warrantyStateOf(asset);
        const name = [
          named && asset.productName,
          named && asset.serialNumber,
          asset.contractNumber && t("warranty.contract", { number: asset.contractNumber }),
        ]
          .filter(Boolean)
          .join(" · ");
        return (
          <Flex key={asset.id} gap={8} wrap align="center" role="listitem">
            {name && <Typography.Text>{name}</Typography.Text>}
            <WarrantyTag state={state} warrantyEnd={asset.warrantyEnd} />
            {state === "out" && asset.outOfWarrantyFee && (
              <Typography.Text type="secondary">
                {t("warranty.repairFee", { fee: format.money(asset.outOfWarrantyFee) })}
              </Typography.Text>
            )}
          </Flex>
        );
      })}
    </Flex>
  );
}
