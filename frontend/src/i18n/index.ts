import i18n from "i18next";
import { initReactI18next } from "react-i18next";

export const LANGUAGES = ["zh-CN", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/** The app's areas by the texts they need: a public page, an installer's phone, or the whole office. */
export type Area = "public" | "field" | "office";

type Texts = Record<string, unknown>;

// Each area's texts in their own chunk (vite.config.ts textsByArea), loaded for the language in use only; the
// other language loads on a switch. An area needs its own texts and those of the areas it contains.
const BUNDLES: Record<Language, Record<Area, () => Promise<{ default: Texts }>>> = {
  "zh-CN": {
    public: () => import("virtual:texts/zh-CN/public"),
    field: () => import("virtual:texts/zh-CN/field"),
    office: () => import("virtual:texts/zh-CN/office"),
  },
  en: {
    public: () => import("virtual:texts/en/public"),
    field: () => import("virtual:texts/en/field"),
    office: () => import("virtual:texts/en/office"),
  },
};
const CONTAINS: Record<Area, Area[]> = {
  public: ["public"],
  field: ["public", "field"],
  office: ["public", "field", "office"],
};

const STORAGE_KEY = "aftercare.language";
const areas = new Set<Area>();
const loaded = new Set<string>();

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

/** The UI's language; also the language a document the server writes (a PDF) is asked for. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : "zh-CN";
}

async function loadBundles(language: Language): Promise<void> {
  await Promise.all(
    [...areas].map(async (area) => {
      const id = `${language}:${area}`;
      if (loaded.has(id)) return;
      const texts = (await BUNDLES[language][area]()).default;
      i18n.addResourceBundle(language, "translation", texts, true, true);
      loaded.add(id);
    }),
  );
}

/** Loads the texts of an area (in the language in use, and later in any language switched to). */
export async function loadTranslations(area: Area): Promise<void> {
  for (const part of CONTAINS[area]) areas.add(part);
  await loadBundles(currentLanguage());
}

async function switchTo(language: Language): Promise<void> {
  await loadBundles(language);
  await i18n.changeLanguage(language);
}

export function changeLanguage(language: Language, remember = true): void {
  if (remember) {
    try {
      window.localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Private mode without storage: the choice lasts for this page only.
    }
  }
  void switchTo(language);
}

/** Until the user chooses, the tenant's locale decides; zh-CN is the default of the product. */
export function adoptTenantLanguage(locale: string | undefined): void {
  if (storedLanguage() === null && isLanguage(locale) && i18n.language !== locale) {
    void switchTo(locale);
  }
}

i18n.on("languageChanged", (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: {},
  partialBundledLanguages: true,
  lng: storedLanguage() ?? "zh-CN",
  fallbackLng: "zh-CN",
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

export default i18n;
