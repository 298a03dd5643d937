import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { FIELD_PARTS, PUBLIC_PARTS } from "./src/i18n/areas.ts";

/**
 * `virtual:texts/<language>/<public|field|office>`: the parts of src/i18n/<language>.json that an area adds, as
 * their own module, so a public page or the installer's phone downloads only its texts. The areas are disjoint:
 * the field loads public + field, the office all three.
 */
function textsByArea(): Plugin {
  const prefix = "virtual:texts/";
  const areaOf = (part: string) =>
    (PUBLIC_PARTS as readonly string[]).includes(part)
      ? "public"
      : (FIELD_PARTS as readonly string[]).includes(part)
        ? "field"
        : "office";
  return {
    name: "aftercare-texts-by-area",
    resolveId: (id) => (id.startsWith(prefix) ? `\0${id}` : null),
    load(id) {
      if (!id.startsWith(`\0${prefix}`)) return null;
      const [language, area] = id.slice(prefix.length + 1).split("/");
      const file = fileURLToPath(new URL(`./src/i18n/${language}.json`, import.meta.url));
      this.addWatchFile(file);
      const texts = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
      const parts = Object.fromEntries(Object.entries(texts).filter(([part]) => areaOf(part) === area));
      return `export default ${JSON.stringify(parts)};`;
    },
  };
}

// make run: the dev server forwards the API and Quarkus endpoints to the backend on 8080.
const devBackend = process.env.AFTERCARE_API_URL ?? "http://127.0.0.1:8080";
// e2e: `vite preview` serves the built app and forwards the API to the packaged backend on 8089.
const e2eBackend = process.env.E2E_API_URL ?? "http://127.0.0.1:8089";

export default defineConfig({
  plugins: [react(), textsByArea()],
  resolve: {
    alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      "/api": { target: devBackend, changeOrigin: false },
      // "/q/", not "/q": pages such as /quality-reports must stay the app's.
      "/q/": { target: devBackend, changeOrigin: false },
    },
  },
  build: {
    // scripts/bundle-report.mjs reads the chunk graph from it.
    manifest: true,
    rolldownOptions: {
      output: {
        // React changes less often than the app: its chunk stays cached across deployments. Other libraries
        // (antd's components, ECharts) split with the routes that use them, so no page loads what it does not show.
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 2 },
            { name: "router", test: /node_modules[\\/]react-router[\\/]/, priority: 2 },
          ],
        },
      },
    },
  },
  preview: {
    port: 4173,
    strictPort: true,
    proxy: {
      "/api": { target: e2eBackend, changeOrigin: false },
    },
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["src/test/setup.ts"],
    css: false,
    // antd screens render slowly in jsdom on a busy 2-core machine; a hung test still fails.
    testTimeout: 30_000,
  },
});
