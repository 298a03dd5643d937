import { useTranslation } from "react-i18next";
import { Outlet } from "react-router";
import { LanguageSwitcher } from "./LanguageSwitcher";

/** The frame of the customers' pages: no menu, no account, a language switch; sized for a phone first. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <div className="public-shell">
      <header className="topbar">
        <span className="topbar__brand">{t("app.name")}</span>
        <span className="topbar__spacer" />
        <LanguageSwitcher />
      </header>
      <main className="public-content">
        <Outlet />
      </main>
    </div>
  );
}
