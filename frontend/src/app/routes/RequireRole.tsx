import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "@/lib/current-user";
import { canOpen, type PageKey } from "../navigation";

export function RequireRole({ page, children }: { page: PageKey; children: ReactNode }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  if (!canOpen(page, me.roles)) {
    return (
      <div className="alert alert--error" role="alert">
        <p className="alert__headline">{t("errors.noAccess")}</p>
      </div>
    );
  }
  return children;
}
