import type { DispatchBoard, DispatchCard, InstallerPosition } from "../api/dispatch";
import { coordinatesOf } from "./timeline";

export interface LatLng {
  latitude: number;
  longitude: number;
}

/** An installer's day on the map: where they last checked in and their jobs in order. */
export interface InstallerRoute {
  installerId: string;
  name: string;
  position: InstallerPosition | null;
  stops: DispatchCard[];
  /** The stops with coordinates, in order: the line drawn on the map. */
  path: LatLng[];
}

/** Every installer's stops of the day in order of their appointments, and the line through those with coordinates. */
export function routesOf(board: Pick<DispatchBoard, "rows">): InstallerRoute[] {
  return board.rows.map((row) => {
    const stops = [...row.jobs].sort(
      (a, b) => Date.parse(a.appointment.start) - Date.parse(b.appointment.start) || a.number.localeCompare(b.number),
    );
    return {
      installerId: row.id,
      name: row.displayName,
      position: row.lastPosition ?? null,
      stops,
      path: stops.map(coordinatesOf).filter((point): point is LatLng => point !== null),
    };
  });
}

/** Every point the map must show, to fit its view to them. */
export function pointsOf(routes: readonly InstallerRoute[], queue: readonly DispatchCard[]): LatLng[] {
  return [
    ...routes.flatMap((route) => [...route.path, ...(route.position ? [route.position] : [])]),
    ...queue.map(coordinatesOf).filter((point): point is LatLng => point !== null),
  ];
}

/** "30.2741, 120.1551": coordinates as a person reads them. */
export function formatLatLng(point: LatLng): string {
  return `${point.latitude.toFixed(4)}, ${point.longitude.toFixed(4)}`;
}
