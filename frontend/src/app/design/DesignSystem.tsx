import { ConfigProvider } from "antd";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import { useEffect, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { theme } from "./theme";

/**
 * Ant Design in the user's language: antd's own texts (pagers, pickers, empty states) and dayjs follow the
 * language switch. The signed-in app adds antd's `App` (message, modal, notification) inside; the customers'
 * public pages go without it: they answer in place, and stay small on 4G.
 */
export function DesignSystem({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const chinese = i18n.language !== "en";
  useEffect(() => {
    dayjs.locale(chinese ? "zh-cn" : "en");
  }, [chinese]);
  return (
    <ConfigProvider
      locale={chinese ? zhCN : enUS}
      theme={theme}
      // antd would write two-character Chinese labels as "驳 回": the label must read as its word, also to screen readers.
      button={{ autoInsertSpace: false }}
    >
      {children}
    </ConfigProvider>
  );
}
