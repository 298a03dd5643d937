import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

type Tree = { [key: string]: string | Tree };

const zhCN = JSON.parse(
  readFileSync(fileURLToPath(new URL("../../src/i18n/zh-CN.json", import.meta.url)), "utf8"),
) as Tree;

/** The zh-CN text of an i18n key, so tests select controls by the labels users see. */
export function zh(key: string): string {
  const text = key
    .split(".")
    .reduce<string | Tree | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), zhCN);
  if (typeof text !== "string") throw new Error(`No zh-CN text for ${key}`);
  return text;
}
