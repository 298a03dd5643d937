package io.aftercare.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Turns every failure into an RFC 9457 problem: no stack trace or HTML page ever reaches a client. */
public class ProblemMappers {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RETRY_AFTER_SECONDS = "2";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return answer(e.status(), e.type(), e.title(), e.getMessage(), e.errors(), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String detail = errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.";
        return answer(400, ProblemException.TYPE_BASE + "validation", "Invalid request", detail, errors, uri);
    }

    // Jackson's subtypes are named one by one: the REST layer maps some of them itself, and the most specific
    // mapper wins.
    @ServerExceptionMapper
    public Response unreadable(MismatchedInputException e, UriInfo uri) {
        return unreadable((JsonProcessingException) e, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(InvalidFormatException e, UriInfo uri) {
        return unreadable((JsonProcessingException) e, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(UnrecognizedPropertyException e, UriInfo uri) {
        return unreadable((JsonProcessingException) e, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(com.fasterxml.jackson.core.JsonParseException e, UriInfo uri) {
        return unreadable((JsonProcessingException) e, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(com.fasterxml.jackson.databind.exc.ValueInstantiationException e, UriInfo uri) {
        return unreadable((JsonProcessingException) e, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? pathOf(m.getPath()) : null;
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            field = field == null || field.isEmpty() ? u.getPropertyName() : field;
            message = "unknown field; allowed: " + u.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", "));
        } else if (e instanceof InvalidFormatException f && f.getTargetType() == String.class) {
            message = f.getOriginalMessage();
        } else if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            message = "unknown value '" + f.getValue() + "'; allowed: " + Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            message = "expected " + describe(m.getTargetType());
        } else if (e instanceof JsonMappingException) {
            message = "invalid value";
        } else {
            field = null;
            message = "malformed JSON";
        }
        if (field == null || field.isEmpty()) {
            return answer(400, ProblemException.TYPE_BASE + "malformed-body", "Malformed request body",
                    "The request body is not valid JSON for this operation: " + message + ".",
                    List.of(new FieldError("body", message)), uri);
        }
        return answer(400, ProblemException.TYPE_BASE + "validation", "Invalid request", field + ": " + message + ".",
                List.of(new FieldError(field, message)), uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return answer(403, ProblemException.TYPE_BASE + "forbidden", "Forbidden",
                "Your roles do not allow this operation.", null, uri);
    }

    @ServerExceptionMapper
    public Response stale(OptimisticLockException e, UriInfo uri) {
        return staleAnswer(uri);
    }

    @ServerExceptionMapper
    public Response stale(StaleStateException e, UriInfo uri) {
        return staleAnswer(uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Request failed" : known.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "No resource at this path.";
            case 405 -> "This method is not allowed on this path.";
            case 406 -> "This resource answers application/json only.";
            case 413 -> "The request body is too large.";
            case 415 -> "This operation does not accept the request body's media type (see the contract: mostly application/json).";
            default -> title + ".";
        };
        Response answer = answer(status, ProblemException.TYPE_BASE + slug(title), title, detail, null, uri);
        String allow = e.getResponse().getHeaderString("Allow");
        if (allow != null) {
            answer.getHeaders().putSingle("Allow", allow);
        }
        return answer;
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof ProblemException p) {
                return problem(p, uri);
            }
            if (c instanceof OptimisticLockException || c instanceof StaleStateException) {
                return staleAnswer(uri);
            }
        }
        Optional<DatabaseFailure> database = DatabaseFailure.of(e);
        if (database.isPresent()) {
            return databaseAnswer(database.get(), e, uri);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure errorId=%s path=%s", errorId, uri == null ? "" : uri.getPath());
        return build(500, new Problem(ProblemException.TYPE_BASE + "internal", "Internal error",
                500, "Something went wrong on our side. Quote the errorId when you report it.",
                path(uri), errorId, null));
    }

    /**
     * The one place a database refusal becomes an answer: a taken key or a vanished reference is a 409, a value the
     * schema refuses a 400, and a database that is unreachable or lost a race a 503 that invites the same request
     * again (with the same Idempotency-Key).
     */
    private Response databaseAnswer(DatabaseFailure failure, Throwable e, UriInfo uri) {
        List<FieldError> fields = failure.fields().stream().map(f -> new FieldError(f, switch (failure.kind()) {
            case DUPLICATE -> "already taken";
            case REFERENCE -> "refers to something that does not exist, or is still referred to";
            default -> "not accepted";
        })).toList();
        return switch (failure.kind()) {
            case DUPLICATE -> answer(409, ProblemException.TYPE_BASE + "duplicate", "Duplicate",
                    fields.isEmpty() ? "This was already recorded: another request created it first."
                            : "Another record already has this " + String.join(", ", failure.fields()) + ".",
                    fields, uri);
            case REFERENCE -> answer(409, ProblemException.TYPE_BASE + "conflict", "Conflict",
                    "A record this request refers to was changed or removed meanwhile, or is still in use. Reload and try again.",
                    fields, uri);
            case INVALID_VALUE -> answer(400, ProblemException.TYPE_BASE + "validation", "Invalid request",
                    fields.isEmpty() ? "A value is outside what can be stored." : fields.size() + " field(s) cannot be stored.",
                    fields.isEmpty() ? List.of(new FieldError("body", "a value is outside what can be stored")) : fields, uri);
            case CONCURRENT_UPDATE, UNAVAILABLE -> {
                LOG.warnf("Database %s (sqlstate %s) path=%s: %s", failure.kind(), failure.sqlState(),
                        uri == null ? "" : uri.getPath(), e.toString());
                Response r = answer(503, ProblemException.TYPE_BASE + "database-unavailable", "Service unavailable",
                        failure.is(DatabaseFailure.Kind.CONCURRENT_UPDATE)
                                ? "A concurrent change got in the way. Nothing was saved; send the same request again."
                                : "The database cannot be reached just now. Nothing was saved; send the same request again shortly.",
                        null, uri);
                r.getHeaders().putSingle("Retry-After", RETRY_AFTER_SECONDS);
                yield r;
            }
        };
    }

    private Response unauthorized(UriInfo uri) {
        Response r = answer(401, ProblemException.TYPE_BASE + "unauthorized", "Unauthorized",
                "A valid bearer token from the Aftercare identity provider is required.", null, uri);
        r.getHeaders().putSingle("WWW-Authenticate", "Bearer realm=\"aftercare\"");
        return r;
    }

    private Response staleAnswer(UriInfo uri) {
        return answer(409, ProblemException.TYPE_BASE + "stale-version", "Stale version",
                "The resource was changed by someone else meanwhile. Reload it and apply your change again.",
                List.of(new FieldError("version", "stale")), uri);
    }

    private Response answer(int status, String type, String title, String detail, List<FieldError> errors, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.infof("Problem errorId=%s status=%d type=%s detail=%s", errorId, status, type, detail);
        return build(status, new Problem(type, title, status, detail, path(uri), errorId,
                errors == null || errors.isEmpty() ? null : errors));
    }

    private static Response build(int status, Problem english) {
        String language = ProblemLanguage.current();
        Problem problem = new Problem(english.type(), ProblemLanguage.title(english.type(), english.title(), language), english.status(),
                english.detail(), english.instance(), english.errorId(), english.errors());
        try {
            return Response.status(status).type(MEDIA_TYPE).header("Content-Language", language)
                    .header("Vary", "Accept-Language")
                    .entity(JSON.writeValueAsString(withoutNulls(problem))).build();
        } catch (JsonProcessingException impossible) {
            return Response.status(status).type(MEDIA_TYPE).entity("{\"status\":" + status + "}").build();
        }
    }

    private static Object withoutNulls(Problem p) {
        var map = new java.util.LinkedHashMap<String, Object>();
        map.put("type", p.type());
        map.put("title", p.title());
        map.put("status", p.status());
        map.put("detail", p.detail());
        if (p.instance() != null) {
            map.put("instance", p.instance());
        }
        map.put("errorId", p.errorId());
        if (p.errors() != null) {
            map.put("errors", p.errors());
        }
        return map;
    }

    private static String path(UriInfo uri) {
        try {
            return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** The JSON path of a violation on a request body, or the parameter's name for a query parameter. */
    static String fieldOf(ConstraintViolation<?> v) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                String name = node.getName() == null || node.getName().startsWith("<") ? "" : node.getName();
                if (node.isInIterable() && node.getIndex() != null && !parts.isEmpty()) {
                    parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + node.getIndex() + "]");
                }
                if (!name.isEmpty()) {
                    parts.add(name);
                }
            }
        }
        if (parts.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return String.join(".", parts);
    }

    static String pathOf(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == java.time.LocalDate.class) {
            return "a date like 2026-10-01";
        }
        if (type == java.time.LocalTime.class) {
            return "a time like 08:00";
        }
        if (type.getName().startsWith("java.time")) {
            return "an ISO-8601 timestamp with offset like 2026-10-01T08:00:00+08:00";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        return "an object";
    }
}
