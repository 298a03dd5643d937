import { Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";

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
  return (
    <Space size={4} wrap={false}>
      <Tag color={underWarranty ? "success" : "default"} style={{ marginInlineEnd: 0 }}>
        {underWarranty ? t("warranty.under") : t("warranty.expired")}
      </Tag>
      <Typography.Text type="secondary">{t("warranty.until", { date: warrantyEnd })}</Typography.Text>
    </Space>
  );
}
