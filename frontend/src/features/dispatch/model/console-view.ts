import { addDays } from "@/lib/format";

export type ConsoleMode = "timeline" | "week" | "map";
export const CONSOLE_MODES = ["timeline", "week", "map"] as const satisfies readonly ConsoleMode[];

/**
 * What the console shows, as the URL says it: a day, a service point (or all), and the day's timeline, the week
 * around the day, or the day's map.
 */
export interface ConsoleView {
  day: string;
  servicePointId: string | undefined;
  mode: ConsoleMode;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The view of the URL's parameters; anything unreadable falls back to today, all service points, the timeline. */
export function consoleViewOf(search: URLSearchParams, today: string): ConsoleView {
  const day = search.get("day");
  const servicePointId = search.get("servicePointId");
  return {
    day: day && DATE.test(day) && addDays(day, 0) === day ? day : today,
    servicePointId: servicePointId && UUID.test(servicePointId) ? servicePointId : undefined,
    mode: CONSOLE_MODES.find((mode) => mode === search.get("view")) ?? "timeline",
  };
}

/** The URL's parameters with one part of the view changed; defaults are left out, other parameters kept. */
export function withView(search: URLSearchParams, change: Partial<ConsoleView>): URLSearchParams {
  const next = new URLSearchParams(search);
  const set = (key: string, value: string | undefined) => (value ? next.set(key, value) : next.delete(key));
  if ("day" in change) set("day", change.day);
  if ("servicePointId" in change) set("servicePointId", change.servicePointId);
  if ("mode" in change) set("view", change.mode === "timeline" ? undefined : change.mode);
  return next;
}
