import { Alert } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <Alert type="error" showIcon title={t("errors.notFoundPage")} description={<Link to="/">{t("nav.home")}</Link>} />
  );
}
