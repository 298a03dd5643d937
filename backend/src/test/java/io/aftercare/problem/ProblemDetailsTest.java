package io.aftercare.problem;

import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import io.restassured.RestAssured;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** Bad input answers a 4xx RFC 9457 problem naming the field, never a 500, and changes nothing. */
@QuarkusTest
class ProblemDetailsTest {

    @Inject
    TestTenants tenants;

    UUID tenant;
    String token;
    String settings;

    @BeforeEach
    void tenant() {
        tenant = tenants.create();
        token = Tokens.manager(tenant);
        settings = given().auth().oauth2(token).get("/api/v1/settings").then().statusCode(200).extract().asString();
    }

    private ValidatableResponse putSettings(String contentType, String body) {
        return given().auth().oauth2(token).contentType(contentType).body(body).put("/api/v1/settings").then();
    }

    private static ValidatableResponse isProblem(ValidatableResponse r, int status) {
        return r.log().ifValidationFails().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", matchesPattern("https://aftercare\\.dev/problems/[a-z-]+"))
                .body("title", notNullValue())
                .body("errorId", matchesPattern("[0-9a-f-]{36}"))
                .body(not(containsString("at io.")))
                .body(not(containsString("Exception")));
    }

    @Test
    void malformedJsonNamesTheBody() {
        isProblem(putSettings("application/json", "{\"version\": 0, "), 400).body("errors[0].field", equalTo("body"));
        unchanged();
    }

    @Test
    void wrongTypeNamesTheField() {
        isProblem(putSettings("application/json", settings.replace("\"lateGraceMinutes\":15", "\"lateGraceMinutes\":\"soon\"")), 400)
                .body("errors[0].field", equalTo("dispatch.lateGraceMinutes"))
                .body("errors[0].message", equalTo("expected a number"));
        unchanged();
    }

    @Test
    void missingFieldsAreEachListed() {
        isProblem(putSettings("application/json", "{\"version\":0,\"dispatch\":{\"lateGraceMinutes\":5}}"), 400)
                .body("errors.field", hasItems("dispatch.reworkWindowDays", "dispatch.attachmentMaxMegabytes",
                        "phoneDuty", "discipline", "allowances", "promises", "partners", "connection"));
        unchanged();
    }

    @Test
    void outOfRangeAndBadMoneyNameTheirFields() {
        isProblem(putSettings("application/json", settings.replace("\"lateGraceMinutes\":15", "\"lateGraceMinutes\":-1")
                .replace("\"lateArrivalFine\":\"50.00\"", "\"lateArrivalFine\":\"fifty\"")), 400)
                .body("errors.field", hasItems("dispatch.lateGraceMinutes", "discipline.lateArrivalFine"));
        unchanged();
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() {
        isProblem(putSettings("application/json", settings.replace("\"verifiedComplaintConsequence\":\"MAJOR_DEMERIT\"",
                "\"verifiedComplaintConsequence\":\"JAIL\"")), 400)
                .body("errors[0].field", equalTo("discipline.verifiedComplaintConsequence"))
                .body("errors[0].message", containsString("MAJOR_DEMERIT"));
        unchanged();
    }

    @Test
    void unknownFieldIsRefusedNotIgnored() {
        isProblem(putSettings("application/json", settings.replace("\"version\":0", "\"version\":0,\"lateGrace\":3")), 400)
                .body("errors[0].field", equalTo("lateGrace"));
        unchanged();
    }

    @Test
    void crossFieldRuleNamesTheField() {
        isProblem(putSettings("application/json", settings.replace("\"end\":\"22:00\"", "\"end\":\"07:00\"")), 400)
                .body("errors.field", hasItem("phoneDuty.end"));
        unchanged();
    }

    @Test
    void nulCharacterInAStringIsRefusedNotPassedToTheDatabase() {
        isProblem(given().auth().oauth2(token).contentType("application/json")
                .body("{\"version\":0,\"workingDays\":[\"MONDAY\"],\"holidays\":[{\"date\":\"2026-05-01\",\"name\":\"a\\u0000b\"}],\"makeUpWorkingDays\":[]}")
                .put("/api/v1/calendar").then(), 400)
                .body("errors[0].field", equalTo("holidays[0].name"))
                .body("errors[0].message", equalTo("must not contain the NUL character"));
        isProblem(given().auth().oauth2(token).get("/api/v1/audit-events?entityId=a%00b").then(), 400)
                .body("errors[0].field", equalTo("entityId"));
    }

    @Test
    void wrongContentTypeIs415() {
        isProblem(putSettings("text/plain", settings), 415);
        unchanged();
    }

    @Test
    void oversizedBodyIs413() throws Exception {
        byte[] huge = ("{\"pad\":\"" + "x".repeat(13 * 1024 * 1024) + "\"}").getBytes();
        // Expect: 100-continue lets the server refuse before the body is sent, as real clients do for large bodies.
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                        URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/settings"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .expectContinue(true).PUT(HttpRequest.BodyPublishers.ofByteArray(huge)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""), answer.body());
        assertTrue(answer.body().contains("\"status\":413"), answer.body());
        unchanged();
    }

    @Test
    void aContentTypeOnABodilessGetIsIgnored() {
        given().auth().oauth2(token).header("Content-Type", "text/html").get("/api/v1/settings").then().statusCode(200);
        given().auth().oauth2(token).header("Content-Type", "text/plain").get("/api/v1/users").then().statusCode(200);
    }

    @Test
    void wrongMethodIs405() {
        isProblem(given().auth().oauth2(token).delete("/api/v1/settings").then(), 405);
    }

    @Test
    void unknownPathIs404() {
        isProblem(given().auth().oauth2(token).get("/api/v1/no-such-thing").then(), 404);
    }

    @Test
    void badQueryParametersNameTheParameter() {
        isProblem(given().auth().oauth2(token).get("/api/v1/users?limit=0").then(), 400)
                .body("errors.field", contains("limit"));
        isProblem(given().auth().oauth2(token).get("/api/v1/users?cursor=bogus").then(), 400)
                .body("errors[0].field", equalTo("cursor"));
        isProblem(given().auth().oauth2(token).get("/api/v1/users?cursor=not-ours!").then(), 400)
                .body("errors.field", contains("cursor"));
        isProblem(given().auth().oauth2(token).get("/api/v1/users?role=janitor").then(), 400)
                .body("errors[0].field", equalTo("role"));
    }

    @Test
    void badIdempotencyKeyNamesTheKey() {
        isProblem(given().auth().oauth2(token).header("Idempotency-Key", "with space").contentType("application/json")
                .body("{}").post("/api/v1/customers").then(), 400)
                .body("errors.findAll { it.field == 'idempotencyKey' }.size()", equalTo(1));
    }

    @Test
    void requestIdIsEchoedAndGenerated() {
        given().auth().oauth2(token).header("X-Request-Id", "trace-123").get("/api/v1/settings")
                .then().statusCode(200).header("X-Request-Id", "trace-123");
        given().auth().oauth2(token).get("/api/v1/settings")
                .then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    private void unchanged() {
        given().auth().oauth2(token).get("/api/v1/settings").then().statusCode(200).body(equalTo(settings));
    }
}
