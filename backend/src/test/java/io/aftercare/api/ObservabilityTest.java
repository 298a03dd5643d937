package io.aftercare.api;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Health and metrics are served on the management port only, never beside the API on the main port. */
@QuarkusTest
class ObservabilityTest {

    private static String management(String path) {
        int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        return "http://localhost:" + port + path;
    }

    @Test
    void livenessAndReadinessIncludingTheDatabase() {
        given().get(management("/q/health/live")).then().statusCode(200).body("status", equalTo("UP"));
        given().get(management("/q/health/ready")).then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void prometheusMetricsIncludeHttpServerRequests() {
        given().get("/api/v1/me").then().statusCode(401);
        given().get(management("/q/metrics")).then().statusCode(200).body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void healthAndMetricsAreNotServedOnTheMainPort() {
        for (String path : new String[] {"/q/health", "/q/health/live", "/q/health/ready", "/q/metrics"}) {
            given().get(path).then().statusCode(404)
                    .header("X-Content-Type-Options", "nosniff");
        }
    }
}
