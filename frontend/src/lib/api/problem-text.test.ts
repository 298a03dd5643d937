/// <reference types="node" />
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import en from "@/i18n/en.json";
import zhCN from "@/i18n/zh-CN.json";
import { problem } from "@/test/fixtures";
import { ApiError } from "./problem";
import { KNOWN_PROBLEM_TYPES, problemText, problemTypeOf, readableServerMessage } from "./problem-text";

// The backend's sources, read at test time: every problem type it can answer must have a text here.
// Vitest runs from frontend/, beside backend/.
const BACKEND = resolve(process.cwd(), "../backend/src/main/java");

function backendSources(): string[] {
  return readdirSync(BACKEND, { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith(".java"))
    .map((path) => readFileSync(join(BACKEND, path), "utf8"));
}

/**
 * Problem types named in the backend: `new ProblemException(409, "slot-not-free", …)`,
 * `ProblemException.unprocessable("customer-not-informed", …)` and `TYPE_BASE + "payload-too-large"`.
 */
function backendProblemTypes(): Set<string> {
  const types = new Set<string>();
  const patterns = [
    /new\s+ProblemException\(\s*\d+\s*,\s*"([a-z0-9-]+)"/g,
    /unprocessable\(\s*"([a-z0-9-]+)"/g,
    /TYPE_BASE\s*\+\s*"([a-z0-9-]+)"/g,
  ];
  for (const source of backendSources()) {
    for (const pattern of patterns) {
      for (const match of source.matchAll(pattern)) types.add(match[1]!);
    }
  }
  return types;
}

type Texts = { problemTypes: Record<string, { title: string; hint?: string }>; problemStatus: Record<string, string> };

describe("problem types", () => {
  it("knows every problem type the backend answers", () => {
    const found = backendProblemTypes();
    // Guards the scan itself: the backend names several dozen types.
    expect(found.size).toBeGreaterThan(40);
    const unknown = [...found].filter((type) => !(KNOWN_PROBLEM_TYPES as readonly string[]).includes(type)).sort();
    expect(unknown).toEqual([]);
  });

  it.each([
    ["zh-CN", zhCN as unknown as Texts],
    ["en", en as unknown as Texts],
  ])("has a headline in %s for every known type, and no text for a type it does not know", (_language, texts) => {
    const missing = KNOWN_PROBLEM_TYPES.filter((type) => !texts.problemTypes[type]?.title?.trim());
    expect(missing).toEqual([]);
    const stray = Object.keys(texts.problemTypes).filter(
      (type) => !(KNOWN_PROBLEM_TYPES as readonly string[]).includes(type),
    );
    expect(stray).toEqual([]);
  });

  it("writes every Chinese headline and hint in Chinese", () => {
    const texts = zhCN as unknown as Texts;
    const notChinese = Object.entries(texts.problemTypes)
      .flatMap(
        ([type, { title, hint }]) =>
          [
            [type, title],
            [type, hint ?? "好"],
          ] as const,
      )
      .filter(([, text]) => !/\p{Script=Han}/u.test(text))
      .map(([type]) => type);
    expect(notChinese).toEqual([]);
  });

  it("takes the type's last path segment", () => {
    const error = new ApiError(409, problem({ status: 409, type: "https://aftercare.dev/problems/slot-not-free" }));
    expect(problemTypeOf(error)).toBe("slot-not-free");
    expect(problemTypeOf(new ApiError(401, problem({ status: 401, type: "about:blank" })))).toBeNull();
    expect(problemTypeOf(new ApiError(502, null))).toBeNull();
  });
});

describe("problem text", () => {
  it("heads a known type by its own text and an unknown one by its status, never by the server's title", async () => {
    await i18n.changeLanguage("zh-CN");
    const known = new ApiError(
      409,
      problem({ status: 409, type: "https://aftercare.dev/problems/pay-month-locked", title: "Pay month locked" }),
    );
    expect(problemText(known, i18n)).toEqual({
      headline: "该工资月份已锁定。",
      hint: "更正请作为调整项记入下一个未锁定的月份。",
    });
    const unknown = new ApiError(
      418,
      problem({ status: 418, type: "https://aftercare.dev/problems/teapot", title: "I'm a teapot" }),
    );
    expect(problemText(unknown, i18n).headline).toBe("请求未被接受（418）。");
    expect(problemText(new ApiError(500, null), i18n).headline).toBe("系统出现内部错误，请稍后重试。");
  });

  it("adds the wait of a 429 or 503 from Retry-After, or asks to try again in a moment", async () => {
    await i18n.changeLanguage("en");
    const limited = new ApiError(429, problem({ status: 429, type: "https://aftercare.dev/problems/rate-limited" }), 3);
    expect(problemText(limited, i18n).retry).toBe("Please try again in 3 s.");
    const down = new ApiError(
      503,
      problem({ status: 503, type: "https://aftercare.dev/problems/database-unavailable" }),
    );
    expect(problemText(down, i18n)).toMatchObject({
      headline: "The service is briefly unavailable.",
      retry: "Please try again in a moment.",
    });
    expect(problemText(new ApiError(409, null), i18n).retry).toBeUndefined();
  });

  it("keeps a server message in the page's language and replaces one that is not", async () => {
    await i18n.changeLanguage("zh-CN");
    expect(readableServerMessage("请填写手机号码", i18n)).toBe("请填写手机号码");
    expect(readableServerMessage("must not be blank", i18n)).toBe("此项填写有误。");
    expect(readableServerMessage("is not the trip's destination 苏州", i18n)).toBe("此项填写有误。");
    expect(readableServerMessage("只能上传 JPEG、PNG 或 PDF 文件", i18n)).toBe("只能上传 JPEG、PNG 或 PDF 文件");
    expect(readableServerMessage("Idempotency-Key 已用于其他请求", i18n)).toBe("Idempotency-Key 已用于其他请求");
    await i18n.changeLanguage("en");
    expect(readableServerMessage("must not be blank", i18n)).toBe("must not be blank");
  });
});
