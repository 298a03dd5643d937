import { execSync } from "node:child_process";
import { defineConfig } from "@playwright/test";

/** Debian's Chromium; Playwright's own browser download is not available on these machines. */
function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const found = execSync("command -v chromium", { shell: "/bin/sh", encoding: "utf8" }).trim();
    if (found) return found;
  } catch {
    // not on PATH
  }
  return "/usr/bin/chromium";
}

const PORT = 4173;

export default defineConfig({
  testDir: "./e2e",
  // Lighthouse and the screenshots have their own make targets (E2E_TAGS=@lighthouse or @screenshots).
  ...(process.env.E2E_TAGS ? { grep: new RegExp(process.env.E2E_TAGS) } : { grepInvert: /@lighthouse|@screenshots/ }),
  globalSetup: "./e2e/global-setup.ts",
  // One browser at a time: the machine also runs Keycloak, PostgreSQL and the backend on 2 cores.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    // English browser locale keeps Keycloak's login page in English; the app itself defaults to zh-CN.
    locale: "en-US",
    extraHTTPHeaders: { "Accept-Language": "en-US,en;q=0.9" },
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    // Builds the app, then serves dist/ with /api proxied to E2E_API_URL (vite.config.ts `preview.proxy`).
    // node directly, not npx, so stopping the server leaves no vite child behind.
    command: `node node_modules/vite/bin/vite.js build --logLevel warn && node node_modules/vite/bin/vite.js preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/config.json`,
    // Never reuse: a preview started before the last build would serve a stale dist/.
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
