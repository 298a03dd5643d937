import { Button } from "antd";
import { lazy, Suspense, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Outlet } from "react-router";
import { Loading } from "@/components/Loading";
import { ProblemAlert } from "@/components/ProblemAlert";
import { adoptTenantLanguage, loadTranslations } from "@/i18n";
import { CurrentUserContext, useMeQuery } from "@/lib/current-user";
import { isFieldOnly } from "../navigation";

// Each frame in its own chunk: an installer's phone never loads the office's menu, search and texts.
const OfficeShell = lazy(() => import("./OfficeShell"));
const FieldShell = lazy(() => import("./FieldShell"));

/** The signed-in frame: who is signed in decides between the office's frame and the installer's. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMeQuery();
  const tenantLocale = me.data?.tenant?.locale;
  const field = me.data ? isFieldOnly(me.data.roles) : null;
  const [textsOf, setTextsOf] = useState<"field" | "office" | null>(null);

  useEffect(() => adoptTenantLanguage(tenantLocale), [tenantLocale]);
  useEffect(() => {
    if (field === null) return;
    const area = field ? "field" : "office";
    void loadTranslations(area).then(() => setTextsOf(area));
  }, [field]);

  if (me.isError) {
    return (
      <ProblemAlert error={me.error}>
        <Button onClick={() => void me.refetch()}>{t("app.retry")}</Button>
      </ProblemAlert>
    );
  }
  if (!me.data || textsOf !== (field ? "field" : "office")) return <Loading />;
  const Shell = field ? FieldShell : OfficeShell;
  return (
    <CurrentUserContext.Provider value={me.data}>
      <Suspense fallback={<Loading />}>
        <Shell me={me.data}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </Shell>
      </Suspense>
    </CurrentUserContext.Provider>
  );
}
