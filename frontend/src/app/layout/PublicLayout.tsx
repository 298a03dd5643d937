import { Layout, Typography } from "antd";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Outlet } from "react-router";
import { Loading } from "@/components/Loading";
import { LanguageSwitcher } from "./LanguageSwitcher";

/** The frame of the customers' pages: no menu, no account, a language switch; sized for a phone first. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Header className="app-header">
        <Typography.Text strong style={{ fontSize: 16 }}>
          {t("app.name")}
        </Typography.Text>
        <LanguageSwitcher />
      </Layout.Header>
      <Layout.Content className="public-content">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
    </Layout>
  );
}
