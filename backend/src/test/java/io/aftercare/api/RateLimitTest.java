package io.aftercare.api;

import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.equalTo;

/**
 * A caller over its budget gets 429 problems with Retry-After; another caller is not affected. The RateLimit header
 * fields (IETF draft) and the 429 text state the same budget: 3 requests in 30 seconds, refilled at 0.1 per second (slow enough that a slow machine does not
 * refill a token between two requests of a test).
 */
@QuarkusTest
@TestProfile(RateLimitTest.TightBudget.class)
class RateLimitTest {

    public static class TightBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("aftercare.rate-limit.requests-per-second", "0.1", "aftercare.rate-limit.burst", "3");
        }
    }

    @Inject
    TestTenants tenants;

    @Test
    void burstOverTheBudgetIs429WithRetryAfter() {
        String token = Tokens.manager(tenants.create());
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).get("/api/v1/settings").then().statusCode(200)
                    .header("RateLimit-Limit", "3").header("RateLimit-Policy", "3;w=30")
                    .header("RateLimit-Remaining", String.valueOf(2 - i))
                    .header("RateLimit-Reset", asInt(allOf(greaterThan(0), lessThanOrEqualTo(10 * (i + 1)))));
        }
        given().auth().oauth2(token).get("/api/v1/settings").then().statusCode(429)
                .contentType("application/problem+json").body("status", equalTo(429))
                .body("detail", containsString("at most 3 requests in 30 seconds"))
                .body("detail", containsString("refills at 0.1 requests per second"))
                .header("RateLimit-Limit", "3").header("RateLimit-Policy", "3;w=30")
                .header("RateLimit-Remaining", "0").header("RateLimit-Reset", "30")
                .header("Retry-After", asInt(allOf(greaterThan(0), lessThanOrEqualTo(10))));
        given().auth().oauth2(Tokens.manager(tenants.create())).get("/api/v1/settings").then().statusCode(200);
    }

    private static org.hamcrest.Matcher<String> asInt(org.hamcrest.Matcher<Integer> matcher) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(String value) {
                return value.matches("\\d+") && matcher.matches(Integer.parseInt(value));
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("an integer that is ").appendDescriptionOf(matcher);
            }
        };
    }

    @Test
    void retryAfterTellsWhenTheNextRequestIsAdmitted() throws InterruptedException {
        String token = Tokens.manager(tenants.create());
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).get("/api/v1/settings").then().statusCode(200);
        }
        String retryAfter = given().auth().oauth2(token).get("/api/v1/settings").then().statusCode(429)
                .extract().header("Retry-After");
        Thread.sleep(Long.parseLong(retryAfter) * 1000);
        given().auth().oauth2(token).get("/api/v1/settings").then().statusCode(200).header("RateLimit-Remaining", "0");
    }
}
