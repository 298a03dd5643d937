import { describe, expect, it } from "vitest";
import { stepStates } from "./stages";

const states = (stage: Parameters<typeof stepStates>[0]) => stepStates(stage).map((step) => step.state);

describe("the booking's steps", () => {
  it("marks earlier stages done, the stage reached current and later ones upcoming", () => {
    expect(states("RECEIVED")).toEqual(["current", "upcoming", "upcoming", "upcoming", "upcoming", "upcoming"]);
    expect(states("ON_THE_WAY")).toEqual(["done", "done", "current", "upcoming", "upcoming", "upcoming"]);
    expect(states("AWAITING_SIGN_OFF")).toEqual(["done", "done", "done", "done", "current", "upcoming"]);
  });

  it("counts a finished booking as done throughout", () => {
    expect(states("DONE")).toEqual(["done", "done", "done", "done", "done", "done"]);
  });
});
