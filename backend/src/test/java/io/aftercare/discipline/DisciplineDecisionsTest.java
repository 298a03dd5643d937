package io.aftercare.discipline;

import io.aftercare.support.TestInstallers;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The manager decides proposed entries; an installer sees only their own ledger and appeals an entry once. */
@QuarkusTest
class DisciplineDecisionsTest {

    @Inject
    TestTenants tenants;

    Response post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post(path);
    }

    @Test
    void anInstallerSeesOnlyTheirOwnEntriesAndAppealsOnceWhichTheManagerDecides() throws Exception {
        UUID tenant = tenants.create();
        String manager = Tokens.manager(tenant);
        UUID mine = TestInstallers.installer(tenant, manager);
        UUID theirs = TestInstallers.installer(tenant, manager);
        String me = Tokens.claims(tenant, "installer").subject(mine.toString()).sign();
        String fine = post(manager, "/api/v1/discipline-entries", "{\"installerId\":\"%s\",\"kind\":\"FINE\",\"amount\":\"60.00\",\"description\":\"未穿工服\"}"
                .formatted(mine)).then().statusCode(201).extract().path("id");
        String other = post(manager, "/api/v1/discipline-entries", "{\"installerId\":\"%s\",\"kind\":\"DEMERIT\",\"description\":\"x\"}"
                .formatted(theirs)).then().statusCode(201).extract().path("id");
        given().auth().oauth2(me).get("/api/v1/discipline-entries?installerId=" + theirs).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(fine));
        given().auth().oauth2(me).get("/api/v1/discipline-entries/" + other).then().statusCode(404);
        post(me, "/api/v1/discipline-entries/" + other + "/appeal", "{\"version\":0,\"reason\":\"不是我\"}").then().statusCode(404);
        post(me, "/api/v1/discipline-entries/" + fine + "/confirmation", "{\"version\":0}").then().statusCode(403);

        post(me, "/api/v1/discipline-entries/" + fine + "/appeal", "{\"version\":0,\"reason\":\"当天工服送洗，已报备\"}").then().statusCode(200)
                .body("appealStatus", equalTo("PENDING"));
        post(me, "/api/v1/discipline-entries/" + fine + "/appeal", "{\"version\":1,\"reason\":\"再申诉\"}").then().statusCode(409);
        post(manager, "/api/v1/discipline-entries/" + fine + "/appeal-decision", "{\"version\":1,\"upheld\":true,\"note\":\"报备属实\"}")
                .then().statusCode(200).body("appealStatus", equalTo("UPHELD")).body("status", equalTo("WAIVED"));
        post(manager, "/api/v1/discipline-entries/" + fine + "/appeal-decision", "{\"version\":2,\"upheld\":false,\"note\":\"x\"}").then().statusCode(409);
        post(manager, "/api/v1/discipline-entries/" + fine + "/waiver", "{\"version\":2,\"reason\":\"again\"}").then().statusCode(409);
    }

    @Test
    void aProposedFineIsConfirmedAtTheRulesAmountOrWaivedWithAReason() throws Exception {
        UUID tenant = tenants.create();
        String manager = Tokens.manager(tenant);
        UUID installer = TestInstallers.installer(tenant, manager);
        String call = "{\"installerId\":\"%s\",\"calledAt\":\"%s\"}";
        String first = post(Tokens.of(tenant, "dispatcher"), "/api/v1/unanswered-calls", call.formatted(installer, "2026-01-05T10:00:00+08:00"))
                .then().statusCode(200).extract().path("entryId");
        String second = post(Tokens.of(tenant, "dispatcher"), "/api/v1/unanswered-calls", call.formatted(installer, "2026-01-06T10:00:00+08:00"))
                .then().statusCode(200).extract().path("entryId");
        post(manager, "/api/v1/discipline-entries/" + first + "/confirmation", "{\"version\":0,\"amount\":\"99.00\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("amount"));
        post(manager, "/api/v1/discipline-entries/" + first + "/confirmation", "{\"version\":0}").then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("amount", equalTo("10.00")).body("payMonth", equalTo("2026-01"));
        post(manager, "/api/v1/discipline-entries/" + first + "/confirmation", "{\"version\":1}").then().statusCode(409);
        post(manager, "/api/v1/discipline-entries/" + second + "/waiver", "{\"version\":0}").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        post(manager, "/api/v1/discipline-entries/" + second + "/waiver", "{\"version\":0,\"reason\":\"当时在地下室无信号\"}").then().statusCode(200)
                .body("status", equalTo("WAIVED")).body("decisionReason", equalTo("当时在地下室无信号"));
    }
}
