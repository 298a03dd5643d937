import { describe, expect, it } from "vitest";
import { emptyAttemptForm, toRecordAttempt, validateAttempt } from "./attempt-form";

describe("follow-up call form", () => {
  it("asks first whether the customer was reached", () => {
    expect(validateAttempt(emptyAttemptForm())).toEqual({ reached: "reachedRequired" });
  });

  it("requires all three answers when the customer was reached", () => {
    const reached = { ...emptyAttemptForm(), reached: true };
    expect(validateAttempt(reached)).toEqual({
      "answers.knowsUsage": "answerRequired",
      "answers.meetsNeeds": "answerRequired",
      "answers.installerAttitude": "answerRequired",
    });
    const partly = { ...reached, answers: { knowsUsage: 4, meetsNeeds: null, installerAttitude: 5 } };
    expect(validateAttempt(partly)).toEqual({ "answers.meetsNeeds": "answerRequired" });
  });

  it("records a call nobody answered without answers, with the note only", () => {
    const form = { ...emptyAttemptForm(), reached: false, suggestions: "ignored", note: " 无人接听 " };
    expect(validateAttempt(form)).toEqual({});
    expect(toRecordAttempt(form, 3)).toEqual({ version: 3, reached: false, note: "无人接听" });
  });

  it("sends the answers, trimmed suggestions and the version of a reached call", () => {
    const form = {
      reached: true,
      answers: { knowsUsage: 5, meetsNeeds: 2, installerAttitude: 4 },
      suggestions: " 希望遥控器有中文说明 ",
      note: "",
    };
    expect(validateAttempt(form)).toEqual({});
    expect(toRecordAttempt(form, 0)).toEqual({
      version: 0,
      reached: true,
      answers: { knowsUsage: 5, meetsNeeds: 2, installerAttitude: 4 },
      suggestions: "希望遥控器有中文说明",
    });
  });
});
