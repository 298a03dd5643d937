import { LogoutOutlined } from "@ant-design/icons";
import { Button, Flex, Layout, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { useAuth } from "@/lib/auth/AuthContext";
import type { Me } from "@/lib/current-user";
import { navigationFor, pageLabel } from "../navigation";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { PAGE_ICONS } from "./nav-icons";

/**
 * The installer's frame, built for a phone on 4G: a header with the name, language and sign-out, and the few
 * pages as a row of links; none of the office's menu, drawer or search.
 */
export default function FieldShell({ me, children }: { me: Me; children: ReactNode }) {
  const { t } = useTranslation();
  const { signOut } = useAuth();
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Header className="app-header">
        <Typography.Text strong ellipsis style={{ flex: 1 }}>
          {me.displayName || me.username}
        </Typography.Text>
        <LanguageSwitcher compact />
        <Button type="text" icon={<LogoutOutlined />} onClick={() => void signOut()}>
          {t("nav.signOut")}
        </Button>
      </Layout.Header>
      <nav aria-label={t("nav.main")} className="field-nav">
        <Flex gap={4} wrap>
          {navigationFor(me.roles, me.tenant ?? {}).map((item) => (
            <NavLink key={item.key} to={item.path} className="field-nav__link">
              {PAGE_ICONS[item.key]}
              <span>{t(pageLabel(item.key))}</span>
            </NavLink>
          ))}
        </Flex>
      </nav>
      <Layout.Content className="app-content">{children}</Layout.Content>
    </Layout>
  );
}
