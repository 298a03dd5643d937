import { describe, expect, it } from "vitest";
import { problem } from "@/test/fixtures";
import {
  ApiError,
  apiErrorOf,
  asProblem,
  fieldErrorsOf,
  generalMessages,
  isProblemType,
  isRetryable,
  isStaleVersion,
  needsReload,
  normalizeFieldPath,
  retryAfterOf,
  unwrap,
} from "./problem";

const validationProblem = problem({
  status: 400,
  detail: "2 fields are invalid",
  errors: [
    { field: "discipline.lateArrivalFine", message: "must be at least 0" },
    { field: "holidays.2.date", message: "must be a date" },
    { field: "", message: "settings are locked" },
  ],
});

describe("problem+json mapping", () => {
  it("maps errors[].field to messages keyed by the body's JSON path", () => {
    const errors = fieldErrorsOf(new ApiError(400, validationProblem));
    expect(errors).toEqual({
      "discipline.lateArrivalFine": "must be at least 0",
      "holidays[2].date": "must be a date",
    });
  });

  it("joins several messages for the same field", () => {
    const errors = fieldErrorsOf(
      new ApiError(
        400,
        problem({
          status: 400,
          errors: [
            { field: "manager.email", message: "must not be blank" },
            { field: "manager.email", message: "must be an email" },
          ],
        }),
      ),
    );
    expect(errors["manager.email"]).toBe("must not be blank; must be an email");
  });

  it("normalizes array indexes and a leading $ to the form's path style", () => {
    expect(normalizeFieldPath("$.holidays[0].name")).toBe("holidays[0].name");
    expect(normalizeFieldPath("makeUpWorkingDays.10.date")).toBe("makeUpWorkingDays[10].date");
    expect(normalizeFieldPath("dispatch.lateGraceMinutes")).toBe("dispatch.lateGraceMinutes");
  });

  it("lists messages no control displays, so none is lost", () => {
    const shown = new Set(["discipline.lateArrivalFine"]);
    expect(generalMessages(new ApiError(400, validationProblem), shown)).toEqual([
      "holidays[2].date: must be a date",
      "settings are locked",
    ]);
  });

  it("has no field errors for errors that are not problems", () => {
    expect(fieldErrorsOf(new Error("boom"))).toEqual({});
    expect(fieldErrorsOf(null)).toEqual({});
  });
});

describe("stale version", () => {
  it("is a 409 of type stale-version", () => {
    const stale = new ApiError(409, problem({ status: 409, type: "https://aftercare.dev/problems/stale-version" }));
    expect(isStaleVersion(stale)).toBe(true);
  });

  it("is not a 409 of another type, such as a taken username", () => {
    const duplicate = new ApiError(409, problem({ status: 409, type: "https://aftercare.dev/problems/duplicate" }));
    expect(isStaleVersion(duplicate)).toBe(false);
    expect(isStaleVersion(new ApiError(400, validationProblem))).toBe(false);
  });

  it("is assumed for a 409 without a problem body", () => {
    expect(isStaleVersion(new ApiError(409, null))).toBe(true);
  });
});

describe("unwrap", () => {
  it("returns the data of a successful call", () => {
    expect(unwrap({ data: { ok: 1 }, response: new Response(null, { status: 200 }) })).toEqual({ ok: 1 });
  });

  it("throws an ApiError carrying the problem of a failed call", () => {
    const call = () => unwrap({ error: validationProblem, response: new Response(null, { status: 400 }) });
    expect(call).toThrow(ApiError);
    try {
      call();
    } catch (error) {
      expect((error as ApiError).status).toBe(400);
      expect((error as ApiError).problem?.detail).toBe("2 fields are invalid");
    }
  });

  it("takes only bodies with the contract's required problem properties for problems", () => {
    expect(asProblem(validationProblem)).toBe(validationProblem);
    const { errorId: _missing, ...withoutErrorId } = validationProblem;
    expect(asProblem(withoutErrorId)).toBeNull();
    expect(asProblem({ ...validationProblem, status: "400" })).toBeNull();
    expect(asProblem({ ...validationProblem, errors: "none" })).toBeNull();
    expect(asProblem([validationProblem])).toBeNull();
  });

  it("keeps the status when the body is not a problem", () => {
    const call = () => unwrap({ error: "Bad Gateway", response: new Response(null, { status: 502 }) });
    expect(call).toThrow(expect.objectContaining({ status: 502, problem: null }));
  });
});

describe("retrying a request", () => {
  it("keeps the idempotency key for network errors and 5xx only", () => {
    expect(isRetryable(new TypeError("Failed to fetch"))).toBe(true);
    expect(isRetryable(new ApiError(503, null))).toBe(true);
    expect(isRetryable(new ApiError(409, null))).toBe(false);
    expect(isRetryable(new ApiError(400, null))).toBe(false);
  });
});

describe("conflicts that need a reload", () => {
  it("are stale versions and illegal transitions, not other conflicts", () => {
    const illegal = new ApiError(
      409,
      problem({ status: 409, type: "https://aftercare.dev/problems/illegal-transition", title: "Illegal transition" }),
    );
    const notDispatchable = new ApiError(
      409,
      problem({ status: 409, type: "https://aftercare.dev/problems/installer-not-dispatchable" }),
    );
    expect(needsReload(illegal)).toBe(true);
    expect(
      needsReload(new ApiError(409, problem({ status: 409, type: "https://aftercare.dev/problems/stale-version" }))),
    ).toBe(true);
    expect(needsReload(notDispatchable)).toBe(false);
    expect(isProblemType(notDispatchable, "installer-not-dispatchable")).toBe(true);
    expect(isProblemType(notDispatchable, "dispatchable")).toBe(false);
  });
});

describe("Retry-After", () => {
  it("is read in seconds or as an HTTP date, and is null when absent or unreadable", () => {
    const now = Date.parse("2026-03-05T08:00:00Z");
    expect(retryAfterOf("2", now)).toBe(2);
    expect(retryAfterOf(" 120 ", now)).toBe(120);
    expect(retryAfterOf("Thu, 05 Mar 2026 08:00:30 GMT", now)).toBe(30);
    expect(retryAfterOf("Thu, 05 Mar 2026 07:00:00 GMT", now)).toBe(0);
    expect(retryAfterOf(null, now)).toBeNull();
    expect(retryAfterOf("soon", now)).toBeNull();
  });

  it("travels with the error of a 429 or 503, also through unwrap", () => {
    const body = problem({
      status: 503,
      type: "https://aftercare.dev/problems/database-unavailable",
      title: "Service unavailable",
    });
    const response = new Response(null, { status: 503, headers: { "Retry-After": "2" } });
    expect(apiErrorOf(response, body)).toMatchObject({ status: 503, retryAfterSeconds: 2, problem: body });
    expect(() => unwrap({ error: body, response })).toThrow(expect.objectContaining({ retryAfterSeconds: 2 }));
    expect(apiErrorOf(new Response(null, { status: 409 }), null).retryAfterSeconds).toBeNull();
  });
});
