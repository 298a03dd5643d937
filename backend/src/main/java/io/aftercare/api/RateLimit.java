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
 * A token bucket per caller (the bearer token, else the client address) in front of the API. Answers 429
 * with {@code Retry-After}; every API answer carries {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
 * {@code RateLimit-Reset} (seconds until the budget is full again).
 * The bucket is per replica: with N replicas a caller gets up to N times the rate.
 */
@ApplicationScoped
public class RateLimit {

    private static final String REMAINING = "aftercare.rateLimitRemaining";

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final double perSecond;
    private final int burst;

    public RateLimit(@ConfigProperty(name = "aftercare.rate-limit.requests-per-second") double perSecond,
                     @ConfigProperty(name = "aftercare.rate-limit.burst") int burst) {
        this.perSecond = perSecond;
        this.burst = burst;
    }

    @ServerRequestFilter(preMatching = true, priority = 20)
    public void admit(ContainerRequestContext request, HttpServerRequest http) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        Bucket bucket = buckets.computeIfAbsent(callerKey(request, http), k -> new Bucket(burst, System.nanoTime()));
        long remaining = bucket.take(perSecond, burst, System.nanoTime());
        if (remaining < 0) {
            request.setProperty(REMAINING, 0L);
            throw new ProblemException(429, "rate-limited", "Too many requests",
                    "Slow down: at most " + perSecond + " requests per second are allowed (bursts of " + burst + ").", null);
        }
        request.setProperty(REMAINING, remaining);
    }

    @ServerResponseFilter
    public void advertise(ContainerRequestContext request, ContainerResponseContext response) {
        Object remaining = request.getProperty(REMAINING);
        if (remaining != null) {
            response.getHeaders().putSingle("RateLimit-Limit", burst);
            response.getHeaders().putSingle("RateLimit-Remaining", remaining);
            response.getHeaders().putSingle("RateLimit-Reset", (long) Math.ceil((burst - (Long) remaining) / perSecond));
            if ((Long) remaining == 0L) {
                response.getHeaders().putSingle("Retry-After", Math.max(1, (int) Math.ceil(1 / perSecond)));
            }
        }
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

        /** Takes one token; answers the tokens left, or -1 when the bucket was empty. */
        synchronized long take(double perSecond, int burst, long now) {
            refill(perSecond, burst, now);
            if (tokens < 1) {
                return -1;
            }
            tokens -= 1;
            return (long) tokens;
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
