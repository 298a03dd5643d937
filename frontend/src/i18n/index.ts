import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import en from "./en.json";
import zhCN from "./zh-CN.json";

export const LANGUAGES = ["zh-CN", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = "aftercare.language";

export const resources = {
  "zh-CN": { translation: zhCN },
  en: { translation: en },
} as const;

function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** The language the user picked earlier in this browser, if any. */
export function storedLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function changeLanguage(language: Language, remember = true): void {
  if (remember) {
    try {
      window.localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Private mode without storage: the choice lasts for this page only.
    }
  }
  void i18n.changeLanguage(language);
}

/** Until the user chooses, the tenant's locale decides; zh-CN is the default of the product. */
export function adoptTenantLanguage(locale: string | undefined): void {
  if (storedLanguage() === null && isLanguage(locale) && i18n.language !== locale) {
    void i18n.changeLanguage(locale);
  }
}

i18n.on("languageChanged", (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage() ?? "zh-CN",
  fallbackLng: "zh-CN",
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

export default i18n;
