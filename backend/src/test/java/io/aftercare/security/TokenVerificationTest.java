package io.aftercare.security;

import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** The API trusts only unexpired tokens signed by its identity provider, and roles and tenants decide the rest. */
@QuarkusTest
class TokenVerificationTest {

    @Inject
    TestTenants tenants;

    UUID tenant;

    @BeforeEach
    void tenant() {
        tenant = tenants.create();
    }

    private static void unauthorized(String token) {
        var request = given();
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        request.get("/api/v1/settings").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"aftercare\"")
                .body("status", equalTo(401));
    }

    @Test
    void validManagerTokenIsAccepted() {
        given().auth().oauth2(Tokens.manager(tenant)).get("/api/v1/settings").then().statusCode(200);
    }

    @Test
    void missingTokenIs401() {
        unauthorized(null);
    }

    @Test
    void garbageTokenIs401() {
        unauthorized("not-a-jwt");
    }

    @Test
    void expiredTokenIs401() {
        unauthorized(Tokens.claims(tenant, "manager").issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)).sign());
    }

    @Test
    void wrongIssuerIs401() {
        unauthorized(Tokens.claims(tenant, "manager").issuer("https://evil.example/realms/aftercare").sign());
    }

    @Test
    void wrongSignatureIs401() throws Exception {
        PrivateKey other = KeyUtils.readPrivateKey("test-jwt/otherPrivateKey.pem");
        unauthorized(Tokens.claims(tenant, "manager").sign(other));
    }

    @Test
    void tamperedClaimsAre401() {
        String[] parts = Tokens.manager(tenant).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"manager\"", "\"platform-admin\"");
        unauthorized(parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2]);
    }

    @Test
    void unsignedAlgNoneTokenIs401() {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        String claims = Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"iss\":\"" + Tokens.ISSUER
                + "\",\"sub\":\"x\",\"groups\":[\"manager\"],\"tenant\":\"" + tenant + "\",\"exp\":"
                + (Instant.now().getEpochSecond() + 300) + "}").getBytes());
        unauthorized(header + "." + claims + ".");
    }

    @Test
    void tokenWithoutTenantClaimIs403OnTenantEndpoints() {
        given().auth().oauth2(Tokens.of(null, "manager")).get("/api/v1/settings")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void tokenNamingAnUnknownTenantIs403() {
        given().auth().oauth2(Tokens.manager(UUID.randomUUID())).get("/api/v1/settings")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void installerOnManagerEndpointIs403() {
        given().auth().oauth2(Tokens.of(tenant, "installer")).get("/api/v1/users")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(tenant, "installer")).get("/api/v1/audit-events")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void dispatcherMayReadButNotChangeSettings() {
        String settings = given().auth().oauth2(Tokens.of(tenant, "dispatcher")).get("/api/v1/settings")
                .then().statusCode(200).extract().asString();
        given().auth().oauth2(Tokens.of(tenant, "dispatcher")).contentType("application/json").body(settings)
                .put("/api/v1/settings").then().statusCode(403);
    }

    @Test
    void managerIsNotPlatformAdmin() {
        given().auth().oauth2(Tokens.manager(tenant)).get("/api/v1/platform/tenants")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void platformAdminHasNoTenantData() {
        given().auth().oauth2(Tokens.platformAdmin()).get("/api/v1/settings").then().statusCode(403);
    }

    @Test
    void meDescribesTheCaller() {
        given().auth().oauth2(Tokens.of(tenant, "dispatcher", "offline_access")).get("/api/v1/me")
                .then().statusCode(200)
                .body("roles", equalTo(java.util.List.of("dispatcher")))
                .body("tenant.id", equalTo(tenant.toString()))
                .body("tenant.timeZone", equalTo("Asia/Shanghai"));
    }

    @Test
    void signedWithJwtBuilderDefaultsStillNeedsIssuer() {
        unauthorized(Jwt.subject("x").groups("manager").claim("tenant", tenant.toString()).issuer("").sign());
    }
}
