import { test, expect } from "@playwright/test";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { mkdirSync, writeFileSync } from "node:fs";
import { readState } from "./support/environment";

/**
 * Lighthouse (mobile preset) on the production build `vite preview` serves, Debian's Chromium headless:
 * the public booking page scores ≥ 90 for performance and 100 for accessibility. `make lighthouse` runs it
 * (tagged, so the ordinary e2e run leaves it out) and writes the scores to .local/reports/lighthouse.md.
 */
test("@lighthouse the booking page is fast and fully accessible on a phone", async ({ baseURL }) => {
  test.setTimeout(240_000);
  const { tenants } = readState();
  const url = `${baseURL}/book/${tenants.a.slug}`;
  const chrome = await launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
    ],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      onlyCategories: ["performance", "accessibility"],
      formFactor: "mobile",
      logLevel: "error",
    });
    if (!result) throw new Error("Lighthouse returned no result");
    const { categories, audits } = result.lhr;
    const performance = Math.round((categories.performance?.score ?? 0) * 100);
    const accessibility = Math.round((categories.accessibility?.score ?? 0) * 100);
    const metric = (id: string) => audits[id]?.displayValue ?? "—";
    const failedA11y = Object.values(audits)
      .filter(
        (audit) =>
          audit.score === 0 && result.lhr.categories.accessibility?.auditRefs.some((ref) => ref.id === audit.id),
      )
      .map((audit) => `- ${audit.id}: ${audit.title}`);
    const report = [
      "# Lighthouse: public booking page",
      "",
      `Production build (vite preview), mobile preset, ${new Date().toISOString()}: \`${url.replace(tenants.a.slug, "<tenant>")}\``,
      "",
      "| Category | Score |",
      "|---|---:|",
      `| Performance | ${performance} |`,
      `| Accessibility | ${accessibility} |`,
      "",
      `First contentful paint ${metric("first-contentful-paint")}, largest contentful paint ${metric("largest-contentful-paint")}, total blocking time ${metric("total-blocking-time")}, cumulative layout shift ${metric("cumulative-layout-shift")}.`,
      "",
      ...(failedA11y.length ? ["Failed accessibility audits:", "", ...failedA11y, ""] : []),
    ].join("\n");
    const dir = `${process.env.LOCAL_DIR ?? "../.local"}/reports`;
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/lighthouse.md`, report);
    console.log(report);
    expect(accessibility, failedA11y.join("\n")).toBe(100);
    expect(performance).toBeGreaterThanOrEqual(90);
  } finally {
    chrome.kill();
  }
});
