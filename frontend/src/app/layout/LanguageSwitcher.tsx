import { useTranslation } from "react-i18next";
import { LANGUAGES, changeLanguage, type Language } from "@/i18n";

/** Its label is bilingual so it can be found whatever the current language is. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <label className="topbar__language">
      <span className="visually-hidden">{t("nav.language")}</span>
      <select
        className="input input--small"
        aria-label={t("nav.language")}
        value={i18n.language}
        onChange={(event) => changeLanguage(event.target.value as Language)}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
