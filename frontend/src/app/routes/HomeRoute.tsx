import { useTranslation } from "react-i18next";
import { Link, Navigate } from "react-router";
import { PageHeader } from "@/components/PageHeader";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { landingPath, navigationFor, type NavItem, type PageKey } from "../navigation";

export function HomeRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const format = useTenantFormat();
  const roles = me.roles;
  const shortcuts = navigationFor(roles).filter(
    (item): item is NavItem & { key: Exclude<PageKey, "home"> } => item.key !== "home",
  );
  const knownRoles = roles.filter((role) => t(`roles.${role}` as "roles.manager", { defaultValue: "" }) !== "");
  const landing = landingPath(roles);

  // Installers start the day with their jobs, not a welcome page.
  if (landing !== "/") return <Navigate to={landing} replace />;

  return (
    <>
      <PageHeader title={t("home.welcome", { name: me.displayName || me.username })} />
      <section className="panel">
        <dl className="facts">
          <dt>{t("home.tenant")}</dt>
          <dd>{me.tenant?.name ?? t("nav.platform")}</dd>
          {me.tenant && (
            <>
              <dt>{t("home.timeZone")}</dt>
              <dd>{format.timeZone}</dd>
            </>
          )}
          <dt>{t("home.roles")}</dt>
          <dd>
            {knownRoles.length === 0
              ? t("home.noRoles")
              : knownRoles.map((role) => (
                  <span key={role} className="chip">
                    {t(`roles.${role}` as "roles.manager")}
                  </span>
                ))}
          </dd>
        </dl>
      </section>
      {shortcuts.length > 0 && (
        <section className="panel">
          <h2 className="panel__title">{t("home.shortcuts")}</h2>
          <ul className="shortcuts">
            {shortcuts.map((item) => (
              <li key={item.key}>
                <Link to={item.path} className="shortcut">
                  <span className="shortcut__title">{t(`nav.${item.key}`)}</span>
                  <span className="shortcut__hint">{t(`home.hints.${item.key}`)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
