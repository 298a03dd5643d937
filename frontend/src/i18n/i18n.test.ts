import { describe, expect, it } from "vitest";
import en from "./en.json";
import zhCN from "./zh-CN.json";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") result.set(path, value);
    else for (const [p, v] of leaves(value, path)) result.set(p, v);
  }
  return result;
}

function variables(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? "").sort();
}

const zh = leaves(zhCN as Tree);
const english = leaves(en as Tree);

describe("translations", () => {
  it("zh-CN and en have exactly the same keys", () => {
    const onlyZh = [...zh.keys()].filter((key) => !english.has(key));
    const onlyEn = [...english.keys()].filter((key) => !zh.has(key));
    expect({ onlyZh, onlyEn }).toEqual({ onlyZh: [], onlyEn: [] });
  });

  it("has no empty text", () => {
    const empty = [...zh, ...english].filter(([, text]) => text.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it("uses the same interpolation variables in both languages", () => {
    const mismatched = [...zh.keys()].filter(
      (key) => english.has(key) && variables(zh.get(key)!).join() !== variables(english.get(key)!).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it("shows Chinese in the zh-CN translation of the glossary", () => {
    expect(zh.get("roles.manager")).toBe("售后主管");
    expect(zh.get("consequence.MAJOR_DEMERIT")).toBe("记大过");
    expect(zh.get("calendar.makeUpWorkingDays.title")).toContain("调休");
  });
});
