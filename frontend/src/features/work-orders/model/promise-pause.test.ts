import { describe, expect, it } from "vitest";
import { servicePromise } from "@/test/fixtures";
import { emptyPausePromiseForm, promiseControlOf, toPausePromiseRequest, validatePausePromise } from "./promise-pause";

describe("pausing the on-site promise", () => {
  it("offers a pause while the clock runs, a resume while it is stopped, nothing once it is over", () => {
    expect(promiseControlOf({ promise: servicePromise({ status: "ON_TRACK" }) })).toBe("pause");
    expect(promiseControlOf({ promise: servicePromise({ status: "AT_RISK" }) })).toBe("pause");
    expect(promiseControlOf({ promise: servicePromise({ status: "PAUSED" }) })).toBe("resume");
    expect(promiseControlOf({ promise: servicePromise({ status: "BREACHED" }) })).toBeNull();
    expect(promiseControlOf({ promise: servicePromise({ status: "MET" }) })).toBeNull();
    expect(promiseControlOf({ promise: undefined })).toBeNull();
  });

  it("needs the reason; the note is optional and trimmed", () => {
    expect(validatePausePromise(emptyPausePromiseForm())).toEqual({ reason: "required" });
    const form = { reason: "WAITING_FOR_PARTS" as const, note: " 压缩机到货后再约 " };
    expect(validatePausePromise(form)).toEqual({});
    expect(toPausePromiseRequest(form, 7)).toEqual({
      version: 7,
      reason: "WAITING_FOR_PARTS",
      note: "压缩机到货后再约",
    });
    expect(toPausePromiseRequest({ ...form, note: " " }, 7)).toEqual({ version: 7, reason: "WAITING_FOR_PARTS" });
  });
});
