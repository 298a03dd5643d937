import type { Schema } from "./schema-types";

export type Problem = Schema<"Problem">;

/** A failed API call; `problem` is the RFC 9457 body when the server sent one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;
  /** Seconds the server asked to wait before trying again (`Retry-After` of a 429 or 503), when it said. */
  readonly retryAfterSeconds: number | null;

  constructor(status: number, problem: Problem | null, retryAfterSeconds: number | null = null) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.name = "ApiError";
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The error of a failed response: its status, its problem body if it is one, and its `Retry-After`. */
export function apiErrorOf(response: Response, body: unknown): ApiError {
  return new ApiError(response.status, asProblem(body), retryAfterOf(response.headers.get("Retry-After")));
}

/**
 * `Retry-After` in whole seconds from now: the header is either a number of seconds or an HTTP date. Null when
 * absent or unreadable.
 */
export function retryAfterOf(header: string | null, now: number = Date.now()): number | null {
  if (header === null) return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/** Field path (a JSON path into the request body, e.g. "discipline.lateArrivalFine") → message. */
export type FieldErrors = Record<string, string>;

/**
 * The body as a Problem if it carries what the contract requires of one; anything else (a proxy's error
 * page, a truncated body) is not, and the error is then described by its HTTP status alone.
 */
export function asProblem(body: unknown): Problem | null {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return null;
  }
  const candidate = body as Record<string, unknown>;
  const isProblem =
    typeof candidate.type === "string" &&
    typeof candidate.title === "string" &&
    typeof candidate.status === "number" &&
    typeof candidate.errorId === "string" &&
    (candidate.errors === undefined || Array.isArray(candidate.errors));
  return isProblem ? (candidate as Problem) : null;
}

/**
 * The server's per-field messages, keyed by field path. Several messages for one field are joined;
 * entries without a field are left to {@link generalMessages}.
 */
export function fieldErrorsOf(error: unknown): FieldErrors {
  const problem = error instanceof ApiError ? error.problem : asProblem(error);
  const result: FieldErrors = {};
  for (const { field: path, message } of problem?.errors ?? []) {
    const field = normalizeFieldPath(path);
    if (!field) continue;
    result[field] = result[field] ? `${result[field]}; ${message}` : message;
  }
  return result;
}

/** Messages the page must show in its banner: the problem's detail and field errors no control displays. */
export function generalMessages(error: unknown, displayedFields: ReadonlySet<string>): string[] {
  const problem = error instanceof ApiError ? error.problem : asProblem(error);
  const messages: string[] = [];
  for (const { field: path, message } of problem?.errors ?? []) {
    const field = normalizeFieldPath(path);
    if (!field || !displayedFields.has(field)) {
      messages.push(field ? `${field}: ${message}` : message);
    }
  }
  return messages;
}

/** "holidays.2.date" and "$.holidays[2].date" both become "holidays[2].date", the form's key. */
export function normalizeFieldPath(path: string): string {
  return path
    .trim()
    .replace(/^\$\.?/, "")
    .replace(/\.(\d+)(?=\.|$)/g, "[$1]");
}

export function isStaleVersion(error: unknown): boolean {
  if (!(error instanceof ApiError) || error.status !== 409) return false;
  // Some 409s are duplicates (e.g. a taken username); only the stale-version type asks for a reload.
  // Without a problem body the kind of conflict is unknown, and reloading is the safe answer.
  return error.problem === null || error.problem.type.endsWith("stale-version");
}

/** Whether the error is a problem of the given type, e.g. "illegal-transition" or "open-assignments". */
export function isProblemType(error: unknown, type: string): boolean {
  return error instanceof ApiError && error.problem !== null && error.problem.type.endsWith(`/${type}`);
}

/**
 * A conflict the user resolves by reloading: someone changed the record (stale version) or moved it to a
 * state where the action no longer applies (illegal transition).
 */
export function needsReload(error: unknown): boolean {
  return isStaleVersion(error) || isProblemType(error, "illegal-transition");
}

export function isValidationError(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 400 || error.status === 422);
}

/**
 * Whether sending the same request again may still succeed (network failure, 5xx). A creating form keeps
 * its Idempotency-Key only for such retries; after a definite 4xx answer the next attempt is a new request.
 */
export function isRetryable(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status >= 500;
}

interface FetchResult<Data> {
  data?: Data;
  error?: unknown;
  response: Response;
}

/** The body of a successful openapi-fetch call, or an {@link ApiError} carrying the problem. */
export function unwrap<Data>(result: FetchResult<Data>): Data {
  if (!result.response.ok || result.error !== undefined) {
    throw apiErrorOf(result.response, result.error);
  }
  return result.data as Data;
}
