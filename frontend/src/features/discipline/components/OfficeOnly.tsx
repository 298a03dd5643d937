import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "@/lib/current-user";

/** The duty records are the office's: an installer who opens one by URL is told so. */
export function OfficeOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  if (!me.roles.includes("manager") && !me.roles.includes("dispatcher")) {
    return (
      <div className="alert alert--error" role="alert">
        <p className="alert__headline">{t("errors.noAccess")}</p>
      </div>
    );
  }
  return children;
}
