import { describe, expect, it } from "vitest";
import { builtInMessage, insertAt, placeholderProblem, renderMessage, smsLength } from "./message";

const SAMPLE = {
  name: "王芳",
  link: "https://s.example.com/c/north/3f9a",
  from: "2026-12-10",
  until: "2026-12-24",
  company: "北区店",
};

describe("campaign messages", () => {
  it("need the customer's link and only the known placeholders", () => {
    expect(placeholderProblem("{name}您好，点此预约：{link}")).toBeNull();
    expect(placeholderProblem("{name}您好，请来电预约")).toBe("linkRequired");
    expect(placeholderProblem("{name}您好 {phone} {link}")).toBe("unknownPlaceholder");
    expect(placeholderProblem(builtInMessage("MAINTENANCE", "zh"))).toBeNull();
    expect(placeholderProblem(builtInMessage("RECENT_INSTALLATIONS", "en"))).toBeNull();
  });

  it("insert a placeholder at the cursor, over a selection, or at the end without a cursor", () => {
    expect(insertAt("您好，", "{name}", { start: 0, end: 0 })).toEqual({ text: "{name}您好，", cursor: 6 });
    expect(insertAt("您好，XX预约", "{link}", { start: 3, end: 5 })).toEqual({ text: "您好，{link}预约", cursor: 9 });
    expect(insertAt("预约：", "{link}", null)).toEqual({ text: "预约：{link}", cursor: 9 });
    // A cursor past the text (the text got shorter meanwhile) puts it at the end.
    expect(insertAt("ab", "{name}", { start: 9, end: 9 }).text).toBe("ab{name}");
  });

  it("read as the customer reads them, with the sample values in place", () => {
    expect(renderMessage("{name}您好，{company}{from}至{until}免费保养：{link}", SAMPLE)).toBe(
      "王芳您好，北区店2026-12-10至2026-12-24免费保养：https://s.example.com/c/north/3f9a",
    );
    // Something that is not a placeholder stays as written.
    expect(renderMessage("{other} {name}", SAMPLE)).toBe("{other} 王芳");
  });

  it("go as one SMS up to 70 Chinese characters and as parts of 67 beyond", () => {
    expect(smsLength("好".repeat(70))).toEqual({ characters: 70, parts: 1, perMessage: 70 });
    expect(smsLength("好".repeat(71))).toEqual({ characters: 71, parts: 2, perMessage: 70 });
    expect(smsLength("好".repeat(135))).toEqual({ characters: 135, parts: 3, perMessage: 70 });
  });

  it("go as one SMS up to 160 plain characters and as parts of 153 beyond", () => {
    expect(smsLength("a".repeat(160))).toMatchObject({ parts: 1, perMessage: 160 });
    expect(smsLength("a".repeat(161))).toMatchObject({ parts: 2, perMessage: 160 });
    // One Chinese character or curly quote makes the whole message a Unicode one.
    expect(smsLength(`${"a".repeat(80)}好`)).toMatchObject({ parts: 2, perMessage: 70 });
  });
});
