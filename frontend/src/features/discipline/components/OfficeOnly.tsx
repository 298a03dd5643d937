import { Result } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "@/lib/current-user";

/** The duty records are the office's: an installer who opens one by URL is told so. */
export function OfficeOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  if (!me.roles.includes("manager") && !me.roles.includes("dispatcher")) {
    return <Result status="403" title={<span role="alert">{t("errors.noAccess")}</span>} />;
  }
  return children;
}
