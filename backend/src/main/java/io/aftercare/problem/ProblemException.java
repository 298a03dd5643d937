package io.aftercare.problem;

import java.util.List;

/** A domain or request error that the API answers as an RFC 9457 problem. */
public class ProblemException extends RuntimeException {

    public static final String TYPE_BASE = "https://aftercare.dev/problems/";

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException badRequest(String detail, List<FieldError> errors) {
        return new ProblemException(400, "validation", "Invalid request", detail, errors);
    }

    public static ProblemException invalidField(String field, String message) {
        return badRequest(field + ": " + message, List.of(new FieldError(field, message)));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Not found", what + " does not exist.", null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, null);
    }

    public static ProblemException staleVersion(String what, long sent, long current) {
        return new ProblemException(409, "stale-version", "Stale version",
                what + " changed meanwhile: you sent version " + sent + ", the current version is " + current
                        + ". Reload and apply your change again.",
                List.of(new FieldError("version", "stale: current version is " + current)));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, null);
    }

    public static ProblemException unprocessable(String type, String title, String detail, List<FieldError> errors) {
        return new ProblemException(422, type, title, detail, errors);
    }

    public static ProblemException unavailable(String detail) {
        return new ProblemException(503, "dependency-unavailable", "Service unavailable", detail, null);
    }

    /** The same problem with each field named from the request's root, e.g. {@code phone} → {@code newCustomer.phone}. */
    public ProblemException withFieldPrefix(String prefix) {
        ProblemException prefixed = new ProblemException(status, type, title, getMessage(),
                errors.stream().map(e -> new FieldError(prefix + e.field(), e.message())).toList());
        return prefixed;
    }

    public int status() {
        return status;
    }

    public String type() {
        return TYPE_BASE + type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
