// Writes the JS each kind of page loads on a cold visit (gzip), from the production build's chunk graph
// (dist/.vite/manifest.json), and fails when a page is over its budget (issue 11):
//   staff console first load ≤ 300 KB; public booking, tracking and the installer's job pages ≤ 150 KB.
// Usage: node scripts/bundle-report.mjs [report.md] [--enforce]   (after `vite build`; --enforce exits 1 when over)
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";

const dist = new URL("../dist/", import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, ".vite/manifest.json"), "utf8"));
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);

/** The chunks a module loads before it runs: itself and its static imports, transitively. */
function closure(key, seen = new Set()) {
  if (!key || seen.has(key)) return seen;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`no chunk for ${key} in the manifest`);
  seen.add(key);
  for (const imported of chunk.imports ?? []) closure(imported, seen);
  return seen;
}

const gzipOf = new Map();
function gzipKb(key) {
  const file = manifest[key].file;
  if (!gzipOf.has(file)) gzipOf.set(file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024);
  return gzipOf.get(file);
}

function page(modules) {
  const keys = new Set();
  for (const module of [entryKey, ...modules]) closure(module, keys);
  const kb = [...keys].reduce((sum, key) => sum + gzipKb(key), 0);
  return { kb, chunks: keys.size };
}

// What main.tsx and AppLayout load for each kind of visitor (zh-CN, the product's default language).
const SIGNED_IN = ["src/app/App.tsx", "src/lib/auth/session.ts", "virtual:texts/zh-CN/public"];
const STAFF = [
  ...SIGNED_IN,
  "src/app/layout/OfficeShell.tsx",
  "virtual:texts/zh-CN/field",
  "virtual:texts/zh-CN/office",
  "src/app/routes/HomeRoute.tsx",
];
const FIELD = [...SIGNED_IN, "src/app/layout/FieldShell.tsx", "virtual:texts/zh-CN/field"];
const PUBLIC = ["src/app/PublicApp.tsx", "virtual:texts/zh-CN/public"];
const pages = [
  { name: "Staff console, first load (shell + home)", modules: STAFF, budget: 300 },
  { name: "Public booking page", modules: [...PUBLIC, "src/features/booking/routes/BookingRoute.tsx"], budget: 150 },
  { name: "Public tracking page", modules: [...PUBLIC, "src/features/booking/routes/TrackingRoute.tsx"], budget: 150 },
  { name: "Installer: my jobs", modules: [...FIELD, "src/features/work-orders/routes/MyJobsRoute.tsx"], budget: 150 },
  {
    name: "Installer: the job screen",
    modules: [...FIELD, "src/features/work-orders/routes/JobRoute.tsx"],
    budget: 150,
  },
];

const rows = pages.map((entry) => {
  const missing = entry.modules.filter((module) => !manifest[module]);
  if (missing.length)
    throw new Error(
      `${entry.name}: ${missing.join(", ")} not in the build (renamed? update scripts/bundle-report.mjs)`,
    );
  return { ...entry, ...page(entry.modules) };
});
const largest = Object.keys(manifest)
  .filter((key) => manifest[key].file.endsWith(".js"))
  .map((key) => ({ file: manifest[key].file, kb: gzipKb(key) }))
  .sort((a, b) => b.kb - a.kb)
  .slice(0, 12);

const lines = [
  "# Bundle report",
  "",
  "JavaScript a cold visit downloads (gzip level 9), from the production build's chunk graph.",
  "",
  "| Page | JS (KB gzip) | Budget | Chunks | |",
  "|---|---:|---:|---:|---|",
  ...rows.map(
    (r) => `| ${r.name} | ${r.kb.toFixed(1)} | ${r.budget} | ${r.chunks} | ${r.kb <= r.budget ? "ok" : "**over**"} |`,
  ),
  "",
  "Largest chunks:",
  "",
  "| Chunk | KB gzip |",
  "|---|---:|",
  ...largest.map((c) => `| ${c.file} | ${c.kb.toFixed(1)} |`),
  "",
];
const out = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
if (out) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, lines.join("\n"));
}
console.log(lines.join("\n"));
const over = rows.filter((r) => r.kb > r.budget);
if (over.length && process.argv.includes("--enforce")) {
  console.error(`over budget: ${over.map((r) => r.name).join(", ")}`);
  process.exit(1);
}
