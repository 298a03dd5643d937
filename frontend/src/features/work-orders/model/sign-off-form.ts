import { signOffBody, type SignOffForm } from "@/lib/sign-off";
import type { SignOffRequest } from "../api/work-orders";

export {
  RATING_ASPECTS,
  RATING_VALUES,
  emptySignOffForm,
  validateSignOff,
  type RatingAspect,
  type SignOffForm,
  type SignOffProblem,
} from "@/lib/sign-off";

/** The request body of POST …/sign-off for a valid form. */
export function toSignOffRequest(form: SignOffForm, version: number): SignOffRequest {
  return { version, ...signOffBody(form) };
}
