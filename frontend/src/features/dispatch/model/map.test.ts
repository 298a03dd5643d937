import { describe, expect, it } from "vitest";
import { ZHAO, at, board, card, row } from "../testing/board";
import { formatLatLng, pointsOf, routesOf } from "./map";

describe("the day on a map", () => {
  it("gives each installer their stops in order and the line through those with coordinates", () => {
    const day = board({
      rows: [
        row({
          jobs: [
            card({
              id: "late",
              number: "WO-3",
              appointment: { start: at("15:00"), end: at("16:00") },
              latitude: 30.3,
              longitude: 120.2,
            }),
            card({
              id: "none",
              number: "WO-2",
              appointment: { start: at("12:00"), end: at("13:00") },
              latitude: undefined,
              longitude: undefined,
            }),
            card({
              id: "early",
              number: "WO-1",
              appointment: { start: at("09:00"), end: at("10:00") },
              latitude: 30.1,
              longitude: 120.1,
            }),
          ],
        }),
      ],
    });
    const [route] = routesOf(day);
    expect(route!.installerId).toBe(ZHAO);
    expect(route!.stops.map((stop) => stop.number)).toEqual(["WO-1", "WO-2", "WO-3"]);
    expect(route!.path).toEqual([
      { latitude: 30.1, longitude: 120.1 },
      { latitude: 30.3, longitude: 120.2 },
    ]);
    expect(route!.position).toBeNull();
  });

  it("fits the view to the sites, the last check-ins and the queue's sites", () => {
    const day = board();
    const points = pointsOf(routesOf(day), day.unassigned);
    // Zhao's two sites and check-in, and the one queued order with coordinates.
    expect(points).toHaveLength(4);
    expect(points).toContainEqual({ latitude: 30.29, longitude: 120.16 });
    expect(formatLatLng({ latitude: 30.27412, longitude: 120.15 })).toBe("30.2741, 120.1500");
  });
});
