import { useTranslation } from "react-i18next";

/** Whether an asset is under warranty today (the server decides, in the tenant's zone) and until when. */
export function WarrantyBadge({ underWarranty, warrantyEnd }: { underWarranty: boolean; warrantyEnd?: string | undefined }) {
  const { t } = useTranslation();
  if (!warrantyEnd) return <span className="muted">{t("warranty.unknown")}</span>;
  return (
    <span className="nowrap">
      <span className={underWarranty ? "badge badge--ok" : "badge badge--off"}>
        {underWarranty ? t("warranty.under") : t("warranty.expired")}
      </span>{" "}
      <span className="small">{t("warranty.until", { date: warrantyEnd })}</span>
    </span>
  );
}
