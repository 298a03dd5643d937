import { Alert } from "antd";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { Loading } from "@/components/Loading";
import { isPublicPath } from "../public-pages";

/**
 * A link from a public page into the app is loaded afresh, so the app starts with its sign-in. A public path no
 * page matches (say "/track/a/b") is simply not found: loading it again would end up here again.
 */
export function LeavePublicPages() {
  const { t } = useTranslation();
  const { pathname, search, hash } = useLocation();
  const publicPath = isPublicPath(pathname);
  useEffect(() => {
    if (!publicPath) window.location.assign(`${pathname}${search}${hash}`);
  }, [publicPath, pathname, search, hash]);
  if (!publicPath) return <Loading />;
  return <Alert type="error" showIcon title={t("errors.notFoundPage")} />;
}
