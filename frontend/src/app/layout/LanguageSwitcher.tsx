import { Segmented } from "antd";
import { useTranslation } from "react-i18next";
import { LANGUAGES, changeLanguage, type Language } from "@/i18n";

/** Its label is bilingual so it can be found whatever the current language is. */
export function LanguageSwitcher({ compact = false }: { compact?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Language>
      aria-label={t("nav.language")}
      size="small"
      value={i18n.language as Language}
      onChange={(language) => changeLanguage(language)}
      options={LANGUAGES.map((language) => ({
        value: language,
        label: compact ? (language === "en" ? "EN" : "中") : t(`language.${language}`),
      }))}
    />
  );
}
