package io.aftercare.api;

import io.aftercare.problem.ProblemException;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per caller (the bearer token, else the client address) in front of the API: a caller may send
 * {@code burst} requests at once, and the bucket refills at {@code requests-per-second}. Over the budget the answer
 * is 429 with {@code Retry-After}.
 * <p>
 * The headers follow the IETF RateLimit header fields draft (draft-ietf-httpapi-ratelimit-headers-06): the quota is
 * the burst, its window the time the bucket takes to refill from empty. Every API answer carries
 * {@code RateLimit-Limit} (the quota), {@code RateLimit-Policy} ({@code <quota>;w=<window seconds>}),
 * {@code RateLimit-Remaining} and {@code RateLimit-Reset} (seconds until the quota is whole again); the 429 text
 * states the same numbers. With the defaults: 100 requests in 2 seconds, i.e. 50 per second sustained.
 * The bucket is per replica: with N replicas a caller gets up to N times the rate.
 */
@ApplicationScoped
public class RateLimit {

    private static final String REMAINING = "aftercare.rateLimitRemaining";
    private static final String RETRY_AFTER = "aftercare.rateLimitRetryAfter";

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final double perSecond;
    private final int burst;
    private final long window;

    public RateLimit(@ConfigProperty(name = "aftercare.rate-limit.requests-per-second") double perSecond,
                     @ConfigProperty(name = "aftercare.rate-limit.burst") int burst) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.window = Math.max(1, (long) Math.ceil(burst / perSecond));
    }

    @ServerRequestFilter(preMatching = true, priority = 20)
    public void admit(ContainerRequestContext request, HttpServerRequest http) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        Bucket bucket = buckets.computeIfAbsent(callerKey(request, http), k -> new Bucket(burst, System.nanoTime()));
        double left = bucket.take(perSecond, burst, System.nanoTime());
        if (left < 0) {
            long retryAfter = Math.max(1, (long) Math.ceil(-left / perSecond));
            request.setProperty(REMAINING, 0.0);
            request.setProperty(RETRY_AFTER, retryAfter);
            throw new ProblemException(429, "rate-limited", "Too many requests",
                    "Slow down: at most " + burst + " requests in " + window + " seconds are allowed (the budget refills at "
                            + number(perSecond) + " requests per second); retry after " + retryAfter + " seconds.", null);
        }
        request.setProperty(REMAINING, left);
    }

    @ServerResponseFilter
    public void advertise(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(REMAINING) instanceof Double left) {
            response.getHeaders().putSingle("RateLimit-Limit", burst);
            response.getHeaders().putSingle("RateLimit-Policy", burst + ";w=" + window);
            response.getHeaders().putSingle("RateLimit-Remaining", (long) Math.floor(left));
            response.getHeaders().putSingle("RateLimit-Reset", (long) Math.ceil((burst - left) / perSecond));
            if (request.getProperty(RETRY_AFTER) instanceof Long retryAfter) {
                response.getHeaders().putSingle("Retry-After", retryAfter);
            }
        }
    }

    private static String number(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Forget callers that have been quiet long enough to have a full bucket again. */
    @Scheduled(every = "60s")
    void evictIdle() {
        long now = System.nanoTime();
        buckets.values().removeIf(b -> b.isFull(perSecond, burst, now));
    }

    private static String callerKey(ContainerRequestContext request, HttpServerRequest http) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && !authorization.isBlank()) {
            return "t:" + Sha256.hex(authorization);
        }
        return "a:" + (http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress());
    }


    private static final class Bucket {
        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        /**
         * Takes one token; answers the tokens left, or, when less than one token was there, the missing fraction
         * of a token as a negative number (-0.25: a quarter of a token's refill time still to wait).
         */
        synchronized double take(double perSecond, int burst, long now) {
            refill(perSecond, burst, now);
            if (tokens < 1) {
                return tokens - 1;
            }
            tokens -= 1;
            return tokens;
        }

        synchronized boolean isFull(double perSecond, int burst, long now) {
            refill(perSecond, burst, now);
            return tokens >= burst;
        }

        private void refill(double perSecond, int burst, long now) {
            tokens = Math.min(burst, tokens + (now - refilledAt) / 1e9 * perSecond);
            refilledAt = now;
        }
    }
}
