import type { i18n as I18n } from "i18next";
import { ApiError, fieldErrorsOf, isValidationError, type FieldErrors } from "./problem";

/**
 * Every problem type the API answers (the last segment of `type`, after https://aftercare.dev/problems/), each
 * with a headline and often a hint in both languages under `problemTypes.<type>` of the i18n files. A type
 * missing here falls back to a text by HTTP status. problem-text.test.ts checks this list against the backend.
 */
export const KNOWN_PROBLEM_TYPES = [
  "validation",
  "malformed-body",
  "bad-request",
  "not-found",
  "conflict",
  "duplicate",
  "login-prefix-taken",
  "unique-violation",
  "stale-version",
  "forbidden",
  "unauthorized",
  "in-use",
  "internal",
  "dependency-unavailable",
  "database-unavailable",
  "rate-limited",
  "too-many-requests",
  "payload-too-large",
  "request-entity-too-large",
  "uri-too-long",
  "request-uri-too-long",
  "request-header-fields-too-large",
  "unsupported-media-type",
  "method-not-allowed",
  "not-acceptable",
  "gone",
  "precondition-failed",
  "request-failed",
  "idempotency-key-reused",
  "date-out-of-range",
  "attachment-too-large",
  "unsupported-file-type",
  "account-exists",
  "slug-taken",
  "code-taken",
  "label-taken",
  "name-taken",
  "phone-taken",
  "serial-taken",
  "installer-exists",
  "illegal-transition",
  "installer-not-dispatchable",
  "crew-not-free",
  "open-assignments",
  "too-late-to-reschedule",
  "plan-not-ready",
  "plan-stale",
  "change-already-applied",
  "plan-changes-wait-on-each-other",
  "promise-not-running",
  "promise-not-paused",
  "customer-not-informed",
  "incomplete-service-report",
  "service-report-not-signed",
  "code-invalid",
  "sign-up-locked",
  "invitation-pending",
  "code-sent-recently",
  "not-signed-up",
  "refusal-recorded",
  "refusal-decided",
  "tool-closed",
  "request-closed",
  "follow-up-done",
  "objection-status",
  "complaint-status",
  "notification-not-failed",
  "slot-not-free",
  "booking-not-changeable",
  "booking-rate-limited",
  "discipline-entry-status",
  "appeal-made",
  "no-pending-appeal",
  "already-clocked-in",
  "not-clocked-in",
  "trip-status",
  "expense-claim-status",
  "receipts-do-not-match-trip",
  "secondment-status",
  "pay-month-locked",
  "pay-month-not-begun",
  "partner-order-taken",
  "partner-order-not-taken",
  "partner-order-reported",
  "tenant-suspended",
  "partner-order-accepted",
  "partner-order-unsigned",
  "partner-order-settled",
  "partner-staff-taken",
  "partner-statement-status",
  "partner-units-settled",
  "campaign-not-changeable",
  "campaign-dates-past",
  "campaign-already-booked",
  "campaign-closed",
  "receipt-not-signed",
  "no-visit-yet",
  "connection-module-off",
  "connection-step-not-allowed",
  "connection-objection-too-late",
  "connection-extension-refused",
  "connection-design-incomplete",
  "connection-design-not-approved",
  "connection-contractor-unqualified",
  "connection-crew-unqualified",
  "connection-material-not-domestic",
  "connection-intermediate-missing",
] as const;

export type KnownProblemType = (typeof KNOWN_PROBLEM_TYPES)[number];

/** Statuses with a text of their own under `problemStatus`; others use the 4xx/5xx text. */
const STATUS_TEXTS = new Set([
  400, 401, 403, 404, 405, 408, 409, 410, 412, 413, 414, 415, 422, 429, 431, 500, 502, 503, 504,
]);

/** "https://aftercare.dev/problems/slot-not-free" → "slot-not-free"; null for "about:blank" or no problem. */
export function problemTypeOf(error: unknown): string | null {
  if (!(error instanceof ApiError) || !error.problem) return null;
  const type = error.problem.type.trim();
  if (type === "" || type === "about:blank") return null;
  return type.slice(type.lastIndexOf("/") + 1) || null;
}

export function isKnownProblemType(type: string | null): type is KnownProblemType {
  return type !== null && (KNOWN_PROBLEM_TYPES as readonly string[]).includes(type);
}

export interface ProblemText {
  /** What happened, in the UI's language, never the server's words. */
  headline: string;
  /** What to do about it, when there is something to say. */
  hint?: string;
  /** "Please try again in 2 s": for 429 and 503, from Retry-After when the server sent it. */
  retry?: string;
}

// Keys are built from the API's type names, which the typed t() cannot know; `exists` guards every one.
type UntypedT = (key: string, values?: Record<string, unknown>) => string;

function text(i18n: I18n, key: string, values?: Record<string, unknown>): string | undefined {
  return i18n.exists(key) ? String((i18n.t as unknown as UntypedT)(key, values)) : undefined;
}

/** The translated headline, hint and retry advice of a failed call; a status-based text for unknown types. */
export function problemText(error: unknown, i18n: I18n): ProblemText {
  if (!(error instanceof ApiError)) {
    // fetch rejects with a TypeError when the server cannot be reached.
    return { headline: String(i18n.t(error instanceof TypeError ? "errors.network" : "errors.unexpected")) };
  }
  const type = problemTypeOf(error);
  const status = error.status;
  let headline: string | undefined;
  let hint: string | undefined;
  if (isKnownProblemType(type)) {
    headline = text(i18n, `problemTypes.${type}.title`);
    hint = text(i18n, `problemTypes.${type}.hint`);
  } else if (isValidationError(error) && (error.problem?.errors?.length ?? 0) > 0) {
    headline = text(i18n, "problemTypes.validation.title");
  }
  headline ??= STATUS_TEXTS.has(status)
    ? text(i18n, `problemStatus.${status}`)
    : text(i18n, status >= 500 ? "problemStatus.5xx" : "problemStatus.4xx", { status });
  const result: ProblemText = { headline: headline ?? String(i18n.t("errors.http", { status })) };
  if (hint) result.hint = hint;
  if (status === 429 || status === 503) {
    const seconds = error.retryAfterSeconds;
    result.retry =
      seconds !== null && seconds > 0
        ? String(i18n.t("errors.retryIn", { seconds }))
        : String(i18n.t("errors.retrySoon"));
  }
  return result;
}

const HAN = /\p{Script=Han}/u;
// Two Latin words in a row: English prose ("is not the trip's destination 苏州"), not a code or a name in Chinese text.
const LATIN_PROSE = /[A-Za-z]{2,}'?[a-z]*\s+[A-Za-z]{2,}/;

/**
 * A server message as the page may show it. The server answers in the asked language where it can; a message
 * that is still not in the UI's Chinese is replaced by a translated one (the original stays in the details).
 */
export function readableServerMessage(message: string, i18n: I18n): string {
  const language = i18n.resolvedLanguage ?? i18n.language;
  if (language.startsWith("zh") && (!HAN.test(message) || LATIN_PROSE.test(message))) {
    return String(i18n.t("errors.fieldInvalid"));
  }
  return message;
}

/** {@link fieldErrorsOf} with each message as the page may show it (see {@link readableServerMessage}). */
export function readableFieldErrors(error: unknown, i18n: I18n): FieldErrors {
  const result: FieldErrors = {};
  for (const [field, message] of Object.entries(fieldErrorsOf(error))) {
    result[field] = readableServerMessage(message, i18n);
  }
  return result;
}
