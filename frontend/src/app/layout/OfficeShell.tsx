import { LogoutOutlined, MenuFoldOutlined, MenuOutlined, MenuUnfoldOutlined, UserOutlined } from "@ant-design/icons";
import { Breadcrumb, Button, Drawer, Dropdown, Grid, Layout, Menu, Space, Typography, type MenuProps } from "antd";
import { useMemo, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { useAuth } from "@/lib/auth/AuthContext";
import type { Me } from "@/lib/current-user";
import { canOpen, groupOfPage, menuFor, pageLabel, pageOfPath, PAGES, type Menu as AppMenu } from "../navigation";
import { GlobalSearch } from "./GlobalSearch";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { GROUP_ICONS, PAGE_ICONS } from "./nav-icons";

const { Header, Sider, Content } = Layout;

function menuItems(menu: AppMenu, label: (key: string) => string): NonNullable<MenuProps["items"]> {
  const entry = (item: { key: keyof typeof PAGES; path: string }) => ({
    key: item.key,
    icon: PAGE_ICONS[item.key],
    label: <Link to={item.path}>{label(pageLabel(item.key))}</Link>,
  });
  const items: NonNullable<MenuProps["items"]> = menu.home ? [entry(menu.home)] : [];
  for (const group of menu.groups) {
    if (menu.flat) items.push(...group.items.map(entry));
    else
      items.push({
        key: `group:${group.key}`,
        icon: GROUP_ICONS[group.key],
        label: label(`nav.groups.${group.key}`),
        children: group.items.map(entry),
      });
  }
  return items;
}

interface ShellProps {
  me: Me;
  children: ReactNode;
}

/** The office's frame: the menu grouped by job, breadcrumbs, global search, language and the user's menu. */
export default function OfficeShell({ me, children }: ShellProps) {
  const { t } = useTranslation();
  const { signOut } = useAuth();
  const { pathname } = useLocation();
  const screens = Grid.useBreakpoint();
  const phone = screens.lg === false;
  const roles = me.roles;
  const office = canOpen("intake", roles);
  const modules = me.tenant;
  const menu = useMemo(() => menuFor(roles, modules ?? {}), [roles, modules]);
  const page = pageOfPath(pathname);
  const group = page ? groupOfPage(page) : null;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [openGroups, setOpenGroups] = useState<string[]>(group ? [`group:${group}`] : []);

  // Another page: the phone's drawer closes and the page's group opens (state adjusted while rendering).
  const [shownPath, setShownPath] = useState(pathname);
  if (shownPath !== pathname) {
    setShownPath(pathname);
    setDrawerOpen(false);
    if (group && !openGroups.includes(`group:${group}`)) setOpenGroups([...openGroups, `group:${group}`]);
  }

  const items = useMemo(() => menuItems(menu, (key) => t(key as "nav.home")), [menu, t]);
  const navigation = (
    <nav aria-label={t("nav.main")}>
      <Menu
        theme="dark"
        mode="inline"
        items={items}
        selectedKeys={page ? [page] : []}
        openKeys={menu.flat ? undefined : openGroups}
        onOpenChange={(keys) => setOpenGroups(keys as string[])}
        forceSubMenuRender
      />
    </nav>
  );
  const name = me.displayName || me.username;
  const userMenu: MenuProps = {
    items: [
      { key: "tenant", label: me.tenant?.name ?? t("nav.platform"), disabled: true },
      { type: "divider" },
      { key: "signOut", icon: <LogoutOutlined />, label: t("nav.signOut"), danger: true },
    ],
    onClick: ({ key }) => key === "signOut" && void signOut(),
  };

  return (
    <Layout style={{ minHeight: "100vh" }}>
      {!phone && (
        <Sider
          width={224}
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          trigger={null}
          style={{ position: "sticky", top: 0, height: "100vh", overflow: "auto" }}
        >
          <div className="brand">{collapsed ? "A" : t("app.name")}</div>
          {navigation}
        </Sider>
      )}
      {phone && (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={264}
          title={t("app.name")}
          styles={{ body: { padding: 0, background: "#0c2340" } }}
        >
          {navigation}
        </Drawer>
      )}
      <Layout>
        <Header className="app-header">
          <Space size="small" align="center" style={{ flex: "none" }}>
            {phone ? (
              <Button
                type="text"
                icon={<MenuOutlined />}
                aria-label={t("nav.openMenu")}
                onClick={() => setDrawerOpen(true)}
              />
            ) : (
              <Button
                type="text"
                icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
                aria-label={collapsed ? t("nav.expand") : t("nav.collapse")}
                onClick={() => setCollapsed(!collapsed)}
              />
            )}
            {!phone && <Typography.Text strong>{me.tenant?.name ?? t("nav.platform")}</Typography.Text>}
          </Space>
          <div className="app-header__search" role="search">
            {office && <GlobalSearch />}
          </div>
          <Space size="small" align="center" style={{ flex: "none" }}>
            <LanguageSwitcher compact={phone} />
            <Dropdown menu={userMenu} trigger={["click"]}>
              <Button type="text" icon={<UserOutlined />} aria-label={t("nav.userMenu")}>
                {!phone && name}
              </Button>
            </Dropdown>
          </Space>
        </Header>
        <Content className="app-content">
          {page && page !== "home" && !phone && (
            <Breadcrumb
              aria-label={t("nav.breadcrumb")}
              style={{ marginBottom: 12 }}
              items={[
                ...(group ? [{ title: t(`nav.groups.${group}`) }] : []),
                {
                  title:
                    pathname === PAGES[page].path ? (
                      t(pageLabel(page))
                    ) : (
                      <Link to={PAGES[page].path}>{t(pageLabel(page))}</Link>
                    ),
                },
              ]}
            />
          )}
          {children}
        </Content>
      </Layout>
    </Layout>
  );
}
