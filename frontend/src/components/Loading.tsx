import { Spin } from "antd";
import { useTranslation } from "react-i18next";

export function Loading() {
  const { t } = useTranslation();
  return (
    <div role="status" className="loading">
      <Spin description={t("common.loading")} />
      <span className="visually-hidden">{t("common.loading")}</span>
    </div>
  );
}
