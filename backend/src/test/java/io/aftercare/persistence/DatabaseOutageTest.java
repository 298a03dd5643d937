package io.aftercare.persistence;

import io.agroal.api.AgroalDataSource;
import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/**
 * While the database refuses connections, requests answer 503 with Retry-After (a client may retry with the same
 * Idempotency-Key), never 500; once it accepts them again the API answers by itself.
 */
@QuarkusTest
class DatabaseOutageTest {

    @Inject
    TestTenants tenants;

    @Inject
    AgroalDataSource pool;

    @Test
    void aDatabaseRefusingConnectionsAnswers503WithRetryAfterAndTheApiRecovers() throws Exception {
        UUID tenant = tenants.create();
        String dispatcher = Tokens.of(tenant, "dispatcher");
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*$", "");
        given().auth().oauth2(dispatcher).get("/api/v1/customers").then().statusCode(200);
        try (Connection owner = OwnerDatabase.connect(tenant); Statement sql = owner.createStatement()) {
            sql.execute("alter database \"" + database + "\" connection limit 0");
            try {
                pool.flush(AgroalDataSource.FlushMode.ALL);
                given().auth().oauth2(dispatcher).get("/api/v1/customers").then().statusCode(503)
                        .contentType("application/problem+json").header("Retry-After", "2")
                        .body("type", equalTo("https://aftercare.dev/problems/database-unavailable"))
                        .body(not(containsString("org.postgresql")));
                given().auth().oauth2(dispatcher).contentType("application/json").body("{\"kind\":\"PERSON\",\"name\":\"王芳\",\"phone\":\"13800138000\"}")
                        .post("/api/v1/customers").then().statusCode(503).header("Retry-After", "2");
            } finally {
                sql.execute("alter database \"" + database + "\" connection limit -1");
            }
        }
        given().auth().oauth2(dispatcher).get("/api/v1/customers").then().statusCode(200);
    }
}
