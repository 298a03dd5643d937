import { promiseStatusOf } from "@/lib/promises";
import type { ObjectionFilter } from "../api/objections";
import { OBJECTION_SOURCES, OBJECTION_STATUSES } from "./objection-form";

/** URL value of "every status"; without a status the list shows the objections still waiting for a commitment. */
export const ALL = "all";

/** The list's filter from the page's URL. */
export function objectionFilterOf(search: URLSearchParams): ObjectionFilter {
  const status = search.get("status");
  return {
    status: status === ALL ? undefined : (OBJECTION_STATUSES.find((value) => value === status) ?? "OPEN"),
    source: OBJECTION_SOURCES.find((value) => value === search.get("source")),
    promiseStatus: promiseStatusOf(search.get("promiseStatus")),
    escalated: search.get("escalated") === "true" ? true : undefined,
  };
}
