import { promiseStatusOf } from "@/lib/promises";
import type { ComplaintFilter } from "../api/complaints";
import { COMPLAINT_CATEGORIES, COMPLAINT_STATUSES } from "./complaint-form";

/** The list's filter from the page's URL; without one, every complaint, newest first. */
export function complaintFilterOf(search: URLSearchParams): ComplaintFilter {
  return {
    status: COMPLAINT_STATUSES.find((value) => value === search.get("status")),
    category: COMPLAINT_CATEGORIES.find((value) => value === search.get("category")),
    promiseStatus: promiseStatusOf(search.get("promiseStatus")),
  };
}
