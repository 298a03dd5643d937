import { describe, expect, it } from "vitest";
import { emptySignOffForm, toSignOffRequest, validateSignOff } from "./sign-off-form";

const PIXEL = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

describe("customer sign-off form", () => {
  it("needs a signature and all three ratings", () => {
    expect(validateSignOff(emptySignOffForm())).toEqual({
      signaturePng: "signatureRequired",
      "ratings.attitude": "ratingRequired",
      "ratings.timeliness": "ratingRequired",
      "ratings.quality": "ratingRequired",
    });
  });

  it("sends the signature as plain base64 PNG with the ratings and suggestions", () => {
    const form = {
      ...emptySignOffForm(),
      signature: `data:image/png;base64,${PIXEL}`,
      ratings: { attitude: 5, timeliness: 4, quality: 5 },
      suggestions: "  遥控器按键再大一些 ",
    };
    expect(validateSignOff(form)).toEqual({});
    expect(toSignOffRequest(form, 3)).toEqual({
      version: 3,
      signaturePng: PIXEL,
      ratings: { attitude: 5, timeliness: 4, quality: 5 },
      suggestions: "遥控器按键再大一些",
    });
  });

  it("records a refusal with its reason and without signature or ratings", () => {
    const refused = { ...emptySignOffForm(), refused: true };
    expect(validateSignOff(refused)).toEqual({ refusalReason: "required" });
    expect(toSignOffRequest({ ...refused, refusalReason: " 噪音太大 " }, 3)).toEqual({
      version: 3,
      refused: true,
      refusalReason: "噪音太大",
    });
  });
});
