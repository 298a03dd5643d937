package io.aftercare.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import org.eclipse.microprofile.config.ConfigProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.UserRepresentation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** The real Keycloak the API talks to: look at accounts, log in as a person, and clean up after a test. */
public final class RealKeycloak {

    private final Keycloak admin;
    private final List<String> created = new ArrayList<>();

    public RealKeycloak(Keycloak admin) {
        this.admin = admin;
    }

    public static String url() {
        return ConfigProvider.getConfig().getValue("aftercare.keycloak.url", String.class);
    }

    public RealmResource realm() {
        return admin.realm("aftercare");
    }

    public Optional<UserRepresentation> user(String username) {
        return realm().users().searchByUsername(username, true).stream().findFirst();
    }

    public List<String> realmRoles(String userId) {
        return realm().users().get(userId).roles().realmLevel().listAll().stream().map(r -> r.getName()).toList();
    }

    /** Remembers a username to delete at {@link #cleanUp()}. */
    public String track(String username) {
        created.add(username);
        return username;
    }

    public void cleanUp() {
        for (String username : created) {
            user(username).ifPresent(u -> realm().users().delete(u.getId()).close());
        }
        created.clear();
    }

    /** Logs in as a person (password grant of the scripting client) and answers the access token's claims. */
    public static JsonNode loginClaims(String username, String password) throws Exception {
        String token = RestAssured.given().baseUri(url()).formParam("grant_type", "password")
                .formParam("client_id", "aftercare-cli").formParam("username", username).formParam("password", password)
                .post("/realms/aftercare/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return new ObjectMapper().readTree(payload);
    }

    public static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }
}
