import { Tabs } from "antd";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";

const TABS = [
  { path: "/discipline", key: "ledger" },
  { path: "/discipline/calls", key: "calls" },
  { path: "/discipline/refusals", key: "refusals" },
] as const;

/** The ledger and the two duty records that feed it (unanswered calls, refused assignments), for the office. */
export function DisciplineTabs() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return (
    <nav aria-label={t("discipline.tabs.label")}>
      <Tabs
        activeKey={TABS.find((tab) => tab.path === pathname)?.path ?? "/discipline"}
        onChange={(path) => void navigate(path)}
        items={TABS.map((tab) => ({ key: tab.path, label: t(`discipline.tabs.${tab.key}`) }))}
      />
    </nav>
  );
}
