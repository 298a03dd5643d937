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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** A caller over its budget gets 429 problems with Retry-After; another caller is not affected. */
@QuarkusTest
@TestProfile(RateLimitTest.TightBudget.class)
class RateLimitTest {

    public static class TightBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("aftercare.rate-limit.requests-per-second", "0.5", "aftercare.rate-limit.burst", "3");
        }
    }

    @Inject
    TestTenants tenants;

    @Test
    void burstOverTheBudgetIs429WithRetryAfter() {
        String token = Tokens.manager(tenants.create());
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).get("/api/v1/settings").then().statusCode(200)
                    .header("RateLimit-Limit", "3").header("RateLimit-Remaining", String.valueOf(2 - i));
        }
        given().auth().oauth2(token).get("/api/v1/settings").then().statusCode(429)
                .contentType("application/problem+json").body("status", equalTo(429))
                .header("Retry-After", notNullValue());
        given().auth().oauth2(Tokens.manager(tenants.create())).get("/api/v1/settings").then().statusCode(200);
    }
}
