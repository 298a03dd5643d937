import { Alert, Card, Divider, Flex, Typography } from "antd";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { WarrantyTag } from "@/components/WarrantyBadge";
import type { Schema } from "@/lib/api/schema-types";
import { useTenantFormat } from "@/lib/current-user";
import { warrantyStateOfFlag } from "@/lib/warranty";
import type { WorkOrder } from "../api/work-orders";

type Entitlement = Schema<"Entitlement">;

/**
 * The order's assets in or out of warranty on the day of the visit, what each warranty covers, and whether the
 * repair is charged (with the fee the catalogue proposes).
 */
export function EntitlementPanel({ order, entitlement }: { order: WorkOrder; entitlement?: Entitlement | undefined }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  if (!entitlement || entitlement.assets.length === 0) return null;
  const title = t("workOrders.entitlement.title");
  return (
    <Card size="small" title={title} role="region" aria-label={title} style={{ marginBottom: 16 }}>
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">
          {t("workOrders.entitlement.onDay", { date: format.localDate(order.appointment.start) })}
        </Typography.Text>
        {entitlement.assets.map((asset, index) => (
          <Fragment key={asset.assetId}>
            {index > 0 && <Divider style={{ margin: 0 }} />}
            <Flex vertical gap={2} role="group" aria-label={`${asset.productName} ${asset.serialNumber}`}>
              <Typography.Text strong>{asset.productName}</Typography.Text>
              <Typography.Text type="secondary">
                {[
                  t("workOrders.entitlement.serial", { serial: asset.serialNumber }),
                  asset.contractNumber && t("warranty.contract", { number: asset.contractNumber }),
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </Typography.Text>
              <WarrantyTag state={warrantyStateOfFlag(asset.inWarranty)} warrantyEnd={asset.warrantyEnd} />
              {asset.covers && (
                <Typography.Text>{t("workOrders.entitlement.covers", { covers: asset.covers })}</Typography.Text>
              )}
            </Flex>
          </Fragment>
        ))}
        {entitlement.feeApplies && (
          <Alert
            type="warning"
            showIcon
            title={
              entitlement.proposedFee
                ? t("workOrders.entitlement.feeProposed", { fee: format.money(entitlement.proposedFee) })
                : t("workOrders.entitlement.feeApplies")
            }
          />
        )}
      </Flex>
    </Card>
  );
}
