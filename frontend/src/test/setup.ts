import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import "@testing-library/jest-dom/vitest";
import "@/i18n";

// jsdom has no object URLs; pages show downloaded files (signatures, photos, scans) through them.
if (typeof URL.createObjectURL !== "function") {
  let next = 0;
  URL.createObjectURL = () => `blob:http://app.test/${++next}`;
  URL.revokeObjectURL = () => {};
}

afterEach(() => {
  cleanup();
});
