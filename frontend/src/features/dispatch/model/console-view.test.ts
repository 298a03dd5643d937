import { describe, expect, it } from "vitest";
import { WEST_LAKE } from "../testing/board";
import { consoleViewOf, withView } from "./console-view";

describe("the console's view in the URL", () => {
  it("reads the day, the service point and the map", () => {
    const search = new URLSearchParams(`day=2030-07-01&servicePointId=${WEST_LAKE}&view=map`);
    expect(consoleViewOf(search, "2030-06-30")).toEqual({ day: "2030-07-01", servicePointId: WEST_LAKE, mode: "map" });
  });

  it("reads the week", () => {
    expect(consoleViewOf(new URLSearchParams("day=2030-07-03&view=week"), "2030-06-30")).toEqual({
      day: "2030-07-03",
      servicePointId: undefined,
      mode: "week",
    });
    expect(withView(new URLSearchParams("day=2030-07-03"), { mode: "week" }).toString()).toBe(
      "day=2030-07-03&view=week",
    );
    expect(
      withView(new URLSearchParams("day=2030-07-03&view=week"), { mode: "timeline", day: "2030-07-05" }).toString(),
    ).toBe("day=2030-07-05");
  });

  it("falls back to today, every service point and the timeline for what it cannot read", () => {
    const search = new URLSearchParams("day=2030-02-30&servicePointId=west&view=satellite");
    expect(consoleViewOf(search, "2030-06-30")).toEqual({
      day: "2030-06-30",
      servicePointId: undefined,
      mode: "timeline",
    });
  });

  it("changes one part and keeps the rest, leaving defaults out", () => {
    const search = new URLSearchParams(`day=2030-07-01&servicePointId=${WEST_LAKE}&view=map`);
    expect(withView(search, { day: "2030-07-02" }).toString()).toBe(
      `day=2030-07-02&servicePointId=${WEST_LAKE}&view=map`,
    );
    expect(withView(search, { servicePointId: undefined, mode: "timeline" }).toString()).toBe("day=2030-07-01");
  });
});
