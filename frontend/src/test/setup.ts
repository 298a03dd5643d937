import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";
import "@testing-library/jest-dom/vitest";
import i18n, { loadTranslations } from "@/i18n";

// jsdom has no object URLs; pages show downloaded files (signatures, photos, scans) through them.
if (typeof URL.createObjectURL !== "function") {
  let next = 0;
  URL.createObjectURL = () => `blob:http://app.test/${++next}`;
  URL.revokeObjectURL = () => {};
}

// antd reads breakpoints and element sizes; jsdom has neither. A desktop-wide screen is assumed.
if (typeof window.matchMedia !== "function") {
  window.matchMedia = (query: string) =>
    ({
      matches: /min-width/.test(query) && !/max-width/.test(query),
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (typeof window.ResizeObserver !== "function") {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
// antd measures scrollbars through getComputedStyle with a pseudo element, which jsdom does not implement.
const computedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => computedStyle(element);

// Screens load lazily (a chunk per route and frame): findBy* waits for them a little longer than the default.
configure({ asyncUtilTimeout: 5_000 });

// Tests read every text at once, in both languages.
await loadTranslations("office");
await i18n.changeLanguage("en");
await loadTranslations("office");
await i18n.changeLanguage("zh-CN");

afterEach(() => {
  cleanup();
});
