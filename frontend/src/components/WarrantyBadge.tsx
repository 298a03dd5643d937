import { Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { WarrantyState } from "@/lib/warranty";

const COLOURS = { in: "success", out: "error", unknown: "default" } as const;

/** In warranty (green), out (red) or unknown (grey), and until when when the end is known. */
export function WarrantyTag({ state, warrantyEnd }: { state: WarrantyState; warrantyEnd?: string | undefined }) {
  const { t } = useTranslation();
  const label = { in: t("warranty.under"), out: t("warranty.expired"), unknown: t("warranty.unknownState") }[state];
  return (
    <Space size={4} wrap={false}>
      <Tag color={COLOURS[state]} style={{ marginInlineEnd: 0 }}>
        {label}
      </Tag>
      {warrantyEnd && <Typography.Text type="secondary">{t("warranty.until", { date: warrantyEnd })}</Typography.Text>}
    </Space>
  );
}

/** Whether an asset is under warranty today (the server decides, in the tenant's zone) and until when. */
export function WarrantyBadge({
  underWarranty,
  warrantyEnd,
}: {
  underWarranty: boolean;
  warrantyEnd?: string | undefined;
}) {
  const { t } = useTranslation();
  if (!warrantyEnd) return <Typography.Text type="secondary">{t("warranty.unknown")}</Typography.Text>;
  return <WarrantyTag state={underWarranty ? "in" : "out"} warrantyEnd={warrantyEnd} />;
}
