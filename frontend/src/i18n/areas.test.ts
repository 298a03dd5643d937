import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIELD_PARTS, PUBLIC_PARTS } from "./areas";

const SRC = join(__dirname, "..");

function sources(dir: string): string[] {
  if (/\.tsx?$/.test(dir)) return [dir];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The top-level parts of the translation keys a set of source files or folders uses (`t("booking.title")` → booking). */
function partsUsed(dirs: string[]): Set<string> {
  const parts = new Set<string>();
  for (const file of dirs.flatMap((dir) => sources(join(SRC, dir)))) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/\bt\(\s*["'`]([a-zA-Z]+)\./g)) parts.add(match[1]!);
    for (const match of text.matchAll(/i18nKey=["'`{]+([a-zA-Z]+)\./g)) parts.add(match[1]!);
  }
  return parts;
}

describe("each area loads the texts its pages use", () => {
  it("puts every part of the texts in some area, and the field's parts include the public ones", () => {
    expect(PUBLIC_PARTS.filter((part) => !(FIELD_PARTS as readonly string[]).includes(part))).toEqual([]);
  });

  it("gives the customers' public pages every part they use", () => {
    // The office shell and its header search load with the office's texts; the public pages use only their layout.
    const missing = [
      ...partsUsed([
        "features/booking",
        "features/connection-applications/routes/ConnectionProcedureRoute.tsx",
        "app/layout/PublicLayout.tsx",
        "app/layout/LanguageSwitcher.tsx",
      ]),
    ].filter((part) => !(PUBLIC_PARTS as readonly string[]).includes(part));
    expect(missing).toEqual([]);
  });

  it("gives the installer's pages every part they use", () => {
    const missing = [
      ...partsUsed([
        "features/work-orders",
        "features/attendance",
        "features/trips",
        "features/expenses",
        "features/discipline",
      ]),
    ].filter((part) => !(FIELD_PARTS as readonly string[]).includes(part));
    expect(missing).toEqual([]);
  });
});
