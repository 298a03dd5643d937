import { describe, expect, it } from "vitest";
import { emptyBookingSignOff, toBookingSignOffRequest, validateBookingSignOff } from "./sign-off-form";

const PNG =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

describe("the customer's sign-off on the tracking page", () => {
  it("needs a signature and three ratings to sign, only a reason to refuse", () => {
    expect(validateBookingSignOff(emptyBookingSignOff())).toEqual({
      signaturePng: "signatureRequired",
      "ratings.attitude": "ratingRequired",
      "ratings.timeliness": "ratingRequired",
      "ratings.quality": "ratingRequired",
    });
    expect(validateBookingSignOff({ ...emptyBookingSignOff(), refused: true })).toEqual({ refusalReason: "required" });
  });

  it("sends the PNG's base64 and the ratings, or the refusal and its reason", () => {
    const signed = {
      ...emptyBookingSignOff(),
      signature: PNG,
      ratings: { attitude: 5, timeliness: 4, quality: 3 },
      suggestions: " 很好 ",
    };
    expect(validateBookingSignOff(signed)).toEqual({});
    expect(toBookingSignOffRequest(signed)).toEqual({
      signaturePng: PNG.slice("data:image/png;base64,".length),
      ratings: { attitude: 5, timeliness: 4, quality: 3 },
      suggestions: "很好",
    });
    expect(toBookingSignOffRequest({ ...emptyBookingSignOff(), refused: true, refusalReason: " 漏水 " })).toEqual({
      refused: true,
      refusalReason: "漏水",
    });
  });
});
