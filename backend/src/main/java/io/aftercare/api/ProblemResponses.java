package io.aftercare.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents, on every operation, the problem+json errors the API really answers (see ProblemMappers), and
 * the headers every answer carries. One place, so the contract cannot forget an operation.
 */
public class ProblemResponses implements OASFilter {

    private static final String PROBLEM = "application/problem+json";
    private static final Map<String, String> ERRORS = new LinkedHashMap<>();

    static {
        ERRORS.put("400", "Invalid input: malformed JSON, a wrong type, an unknown value or a missing field; `errors` names each field.");
        ERRORS.put("401", "No valid bearer token: missing, expired, badly signed or from another issuer.");
        ERRORS.put("403", "The token's roles or tenant do not allow this operation.");
        ERRORS.put("404", "No such resource in your tenant.");
        ERRORS.put("409", "Conflict: a stale `version`, or the state forbids the change.");
        ERRORS.put("413", "The request body is too large.");
        ERRORS.put("415", "The request body's media type is not one this operation accepts.");
        ERRORS.put("422", "The Idempotency-Key was already used with a different request.");
        ERRORS.put("429", "Too many requests; retry after `Retry-After` seconds.");
        ERRORS.put("500", "Unexpected failure; quote the `errorId`.");
        ERRORS.put("503", "A service this operation needs (the identity provider) is unavailable; nothing was changed.");
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Components components = api.getComponents();
        components.addHeader("RateLimitLimit", header("The caller's quota: requests it may send in one window (the burst).", 0));
        components.addHeader("RateLimitPolicy", OASFactory.createHeader()
                .description("The quota and its window in seconds, as `<quota>;w=<seconds>` (IETF RateLimit header fields draft), e.g. `100;w=2`.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(40).pattern("^[0-9]+;w=[0-9]+$")));
        components.addHeader("RateLimitRemaining", header("Requests left in the caller's current budget.", 0));
        components.addHeader("RateLimitReset", header("Seconds until the caller's budget is full again.", 0));
        components.addHeader("RetryAfter", header("Seconds to wait before retrying.", 1));
        components.addHeader("RequestId", OASFactory.createHeader().description("Identifies the request in logs and the audit trail.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(64)));
        ERRORS.forEach((status, description) -> {
            APIResponse response = OASFactory.createAPIResponse().description(description)
                    .content(OASFactory.createContent().addMediaType(PROBLEM, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
            addStandardHeaders(response, status.equals("429"));
            components.addResponse(name(status), response);
        });
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> {
            document(path, method, op);
        }));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation op) {
        APIResponses responses = op.getResponses();
        responses.getAPIResponses().values().forEach(r -> {
            if (r.getRef() == null) {
                addStandardHeaders(r, false);
            }
        });
        boolean hasBody = op.getRequestBody() != null;
        boolean hasInput = hasBody || (op.getParameters() != null && !op.getParameters().isEmpty());
        boolean creates = method == PathItem.HttpMethod.POST;
        boolean changes = creates || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                || method == PathItem.HttpMethod.DELETE;
        boolean needsIdentityProvider = changes && (path.startsWith("/api/v1/users") || path.startsWith("/api/v1/platform/tenants")
                || path.startsWith("/api/v1/integration-clients"));
        List<String> statuses = new java.util.ArrayList<>();
        if (hasInput) {
            statuses.add("400");
        }
        statuses.add("401");
        statuses.add("403");
        if (path.contains("{") || path.startsWith("/api/v1/settings") || path.startsWith("/api/v1/calendar")) {
            statuses.add("404");
        }
        if (changes) {
            statuses.add("409");
        }
        if (hasBody) {
            statuses.add("413");
            statuses.add("415");
        }
        if (creates) {
            statuses.add("422");
        }
        statuses.add("429");
        statuses.add("500");
        if (needsIdentityProvider) {
            statuses.add("503");
        }
        for (String status : statuses) {
            if (responses.getAPIResponse(status) == null) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().ref("#/components/responses/" + name(status)));
            }
        }
    }

    private static void addStandardHeaders(APIResponse response, boolean retryAfter) {
        response.addHeader("X-Request-Id", OASFactory.createHeader().ref("#/components/headers/RequestId"));
        response.addHeader("RateLimit-Limit", OASFactory.createHeader().ref("#/components/headers/RateLimitLimit"));
        response.addHeader("RateLimit-Policy", OASFactory.createHeader().ref("#/components/headers/RateLimitPolicy"));
        response.addHeader("RateLimit-Remaining", OASFactory.createHeader().ref("#/components/headers/RateLimitRemaining"));
        response.addHeader("RateLimit-Reset", OASFactory.createHeader().ref("#/components/headers/RateLimitReset"));
        if (retryAfter) {
            response.addHeader("Retry-After", OASFactory.createHeader().ref("#/components/headers/RetryAfter"));
        }
    }

    private static Header header(String description, int minimum) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(java.math.BigDecimal.valueOf(minimum)).maximum(java.math.BigDecimal.valueOf(1_000_000)));
    }

    private static String name(String status) {
        return switch (status) {
            case "400" -> "BadRequest";
            case "401" -> "Unauthorized";
            case "403" -> "Forbidden";
            case "404" -> "NotFound";
            case "409" -> "Conflict";
            case "413" -> "PayloadTooLarge";
            case "415" -> "UnsupportedMediaType";
            case "422" -> "UnprocessableContent";
            case "429" -> "TooManyRequests";
            case "500" -> "InternalError";
            case "503" -> "ServiceUnavailable";
            default -> "Problem" + status;
        };
    }
}
