import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <div className="alert alert--error" role="alert">
      <p className="alert__headline">{t("errors.notFoundPage")}</p>
      <Link to="/">{t("nav.home")}</Link>
    </div>
  );
}
