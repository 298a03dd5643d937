import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";

const TABS = [
  { path: "/discipline", key: "ledger" },
  { path: "/discipline/calls", key: "calls" },
  { path: "/discipline/refusals", key: "refusals" },
] as const;

/** The ledger and the two duty records that feed it (unanswered calls, refused assignments), for the office. */
export function DisciplineTabs() {
  const { t } = useTranslation();
  return (
    <nav className="tabs" aria-label={t("discipline.tabs.label")}>
      {TABS.map((tab) => (
        <NavLink
          key={tab.key}
          to={tab.path}
          end
          className={({ isActive }) => (isActive ? "tabs__tab tabs__tab--on" : "tabs__tab")}
        >
          {t(`discipline.tabs.${tab.key}`)}
        </NavLink>
      ))}
    </nav>
  );
}
