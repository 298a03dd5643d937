import { describe, expect, it } from "vitest";
import { emptySecondmentForm, secondmentSteps, toCreateSecondment, validateSecondment } from "./secondment-form";

describe("a secondment", () => {
  it("needs installers, two different service points and the days", () => {
    expect(validateSecondment(emptySecondmentForm())).toEqual({
      personIds: "people",
      lendingServicePointId: "required",
      borrowingServicePointId: "required",
      firstDay: "required",
      lastDay: "required",
    });
    const form = {
      personIds: ["p"],
      lendingServicePointId: "a",
      borrowingServicePointId: "a",
      firstDay: "2026-03-01",
      lastDay: "2026-03-06",
      note: " ",
    };
    expect(validateSecondment(form)).toEqual({ borrowingServicePointId: "samePoint" });
    expect(toCreateSecondment({ ...form, borrowingServicePointId: "b" })).toEqual({
      personIds: ["p"],
      lendingServicePointId: "a",
      borrowingServicePointId: "b",
      firstDay: "2026-03-01",
      lastDay: "2026-03-06",
    });
  });

  it("starts when planned, ends when active, and is cancelled before it ends", () => {
    expect(secondmentSteps("PLANNED")).toEqual(["activate", "cancel"]);
    expect(secondmentSteps("ACTIVE")).toEqual(["end", "cancel"]);
    expect(secondmentSteps("ENDED")).toEqual([]);
  });
});
