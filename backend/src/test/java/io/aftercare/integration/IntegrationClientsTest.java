package io.aftercare.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A manager creates an integration client in the real Keycloak; its tokens carry the tenant; revoking ends it. */
@QuarkusTest
class IntegrationClientsTest {

    @Inject
    TestTenants tenants;

    private static Response clientCredentials(String tokenUrl, String clientId, String secret) {
        return given().formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret).post(tokenUrl);
    }

    @Test
    void integrationTokenNamesTheTenantUntilRevoked() throws Exception {
        UUID tenant = tenants.create();
        String manager = Tokens.manager(tenant);
        Response created = given().auth().oauth2(manager).contentType("application/json")
                .body("{\"name\":\"ERP order sync\"}").post("/api/v1/integration-clients");
        created.then().statusCode(201).body("client.name", equalTo("ERP order sync"));
        String id = created.path("client.id");
        String clientId = created.path("client.clientId");
        String secret = created.path("clientSecret");
        String tokenUrl = created.path("tokenUrl");

        String token = clientCredentials(tokenUrl, clientId, secret).then().statusCode(200).extract().path("access_token");
        JsonNode claims = new ObjectMapper().readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                StandardCharsets.UTF_8));
        assertEquals(tenant.toString(), claims.get("tenant").asText());
        assertTrue(claims.get("groups").toString().contains("\"integration\""), claims.toString());

        given().auth().oauth2(manager).get("/api/v1/integration-clients").then().statusCode(200)
                .body("items.clientId", hasItem(clientId)).body(not(org.hamcrest.Matchers.containsString(secret)));

        UUID other = tenants.create();
        given().auth().oauth2(Tokens.manager(other)).get("/api/v1/integration-clients").then().statusCode(200)
                .body("items.clientId", not(hasItem(clientId)));
        given().auth().oauth2(Tokens.manager(other)).delete("/api/v1/integration-clients/" + id).then().statusCode(404);
        clientCredentials(tokenUrl, clientId, secret).then().statusCode(200);

        given().auth().oauth2(manager).delete("/api/v1/integration-clients/" + id).then().statusCode(204);
        clientCredentials(tokenUrl, clientId, secret).then().statusCode(401);
        given().auth().oauth2(manager).get("/api/v1/integration-clients").then().statusCode(200)
                .body("items.clientId", not(hasItem(clientId)));
    }

    @Test
    void onlyManagersManageIntegrations() {
        UUID tenant = tenants.create();
        given().auth().oauth2(Tokens.of(tenant, "dispatcher")).get("/api/v1/integration-clients").then().statusCode(403);
        given().auth().oauth2(Tokens.of(tenant, "integration")).contentType("application/json").body("{\"name\":\"x\"}")
                .post("/api/v1/integration-clients").then().statusCode(403);
    }
}
