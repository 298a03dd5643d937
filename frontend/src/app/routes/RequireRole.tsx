import { Alert } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "@/lib/current-user";
import { canOpen, type PageKey } from "../navigation";

export function RequireRole({ page, children }: { page: PageKey; children: ReactNode }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  if (!canOpen(page, me.roles, me.tenant ?? {})) {
    return <Alert type="error" showIcon role="alert" title={t("errors.noAccess")} />;
  }
  return children;
}
