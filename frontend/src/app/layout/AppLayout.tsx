import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { NavLink, Outlet } from "react-router";
import { Loading } from "@/components/Loading";
import { ProblemAlert } from "@/components/ProblemAlert";
import { adoptTenantLanguage } from "@/i18n";
import { useAuth } from "@/lib/auth/AuthContext";
import { CurrentUserContext, useMeQuery } from "@/lib/current-user";
import { navigationFor } from "../navigation";
import { LanguageSwitcher } from "./LanguageSwitcher";

export function AppLayout() {
  const { t } = useTranslation();
  const { signOut } = useAuth();
  const me = useMeQuery();
  const tenantLocale = me.data?.tenant?.locale;

  useEffect(() => adoptTenantLanguage(tenantLocale), [tenantLocale]);

  const navigation = navigationFor(me.data?.roles ?? []);

  return (
    <div className="shell">
      <header className="topbar">
        <span className="topbar__brand">{t("app.name")}</span>
        <span className="topbar__tenant">{me.data ? (me.data.tenant?.name ?? t("nav.platform")) : ""}</span>
        <span className="topbar__spacer" />
        {me.data && <span className="topbar__user">{me.data.displayName || me.data.username}</span>}
        <LanguageSwitcher />
        <button type="button" className="button button--small button--on-dark" onClick={() => void signOut()}>
          {t("nav.signOut")}
        </button>
      </header>
      <div className="shell__body">
        <nav className="sidebar" aria-label={t("nav.main")}>
          <ul>
            {navigation.map((item) => (
              <li key={item.key}>
                <NavLink to={item.path} end={item.path === "/"} className="sidebar__link">
                  {t(`nav.${item.key}`)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main className="content">
          {me.isPending && <Loading />}
          {me.isError && (
            <ProblemAlert error={me.error}>
              <button type="button" className="button" onClick={() => void me.refetch()}>
                {t("app.retry")}
              </button>
            </ProblemAlert>
          )}
          {me.data && (
            <CurrentUserContext.Provider value={me.data}>
              <Outlet />
            </CurrentUserContext.Provider>
          )}
        </main>
      </div>
    </div>
  );
}
