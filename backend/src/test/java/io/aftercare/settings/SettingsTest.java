package io.aftercare.settings;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every rule-book default is a tenant setting: seeded, edited, versioned and audited per tenant. */
@QuarkusTest
class SettingsTest {

    @Inject
    TestTenants tenants;

    UUID tenant;
    String manager;

    @BeforeEach
    void tenant() {
        tenant = tenants.create();
        manager = Tokens.manager(tenant);
    }

    @Test
    void newTenantStartsFromTheRuleBooksDefaults() {
        given().auth().oauth2(manager).get("/api/v1/settings").then().statusCode(200)
                .body("version", equalTo(0))
                .body("dispatch.lateGraceMinutes", equalTo(15))
                .body("dispatch.reworkWindowDays", equalTo(30))
                .body("dispatch.attachmentMaxMegabytes", equalTo(10))
                .body("phoneDuty.start", equalTo("08:00")).body("phoneDuty.end", equalTo("22:00"))
                .body("discipline.lateArrivalFine", equalTo("50.00"))
                .body("discipline.leftSiteWithoutReportInFine", equalTo("50.00"))
                .body("discipline.incompleteServiceReportFine", equalTo("20.00"))
                .body("discipline.phoneUnreachableFine", equalTo("10.00"))
                .body("discipline.dispatchDisobedienceFine", equalTo("100.00"))
                .body("discipline.customerPraiseReward", equalTo("10.00"))
                .body("discipline.otherBreachFineMin", equalTo("10.00"))
                .body("discipline.otherBreachFineMax", equalTo("200.00"))
                .body("discipline.verifiedComplaintConsequence", equalTo("MAJOR_DEMERIT"))
                .body("discipline.firstReworkConsequence", equalTo("WARNING"))
                .body("discipline.repeatReworkConsequence", equalTo("COST_CHARGE"))
                .body("allowances.lodgingCapPerDay", equalTo("100.00"))
                .body("allowances.mealAllowancePerMeal", equalTo("15.00"))
                .body("allowances.secondmentChargePerDay", equalTo("100.00"))
                .body("promises.onSiteWorkingDays", equalTo(3))
                .body("promises.installationFollowUpHours", equalTo(24))
                .body("promises.objectionCommitmentHours", equalTo(24))
                .body("promises.followUpVisitCommitmentHours", equalTo(48))
                .body("promises.recentInstallationMonths", equalTo(3))
                .body("promises.recentInstallationContacts", equalTo(1))
                .body("promises.randomChecksPerWeek", equalTo(2))
                .body("promises.atRiskPercent", equalTo(80))
                .body("partners.minimumUnitsPerDay", equalTo(20))
                .body("partners.delayDeductionPercentPerDay", equalTo("5"))
                .body("partners.complaintDeductionPercent", equalTo("5"))
                .body("connection.residentialPlanDays", equalTo(5))
                .body("connection.lowVoltagePlanDays", equalTo(10))
                .body("connection.highVoltageSingleSourcePlanMonths", equalTo(1))
                .body("connection.highVoltageDualSourcePlanMonths", equalTo(2))
                .body("connection.highVoltagePlanValidityMonths", equalTo(12))
                .body("connection.lowVoltagePlanValidityMonths", equalTo(3))
                .body("connection.extensionNoticeDays", equalTo(10))
                .body("connection.highVoltageDesignReviewMonths", equalTo(1))
                .body("connection.lowVoltageDesignReviewDays", equalTo(10));
    }

    @Test
    void changedSettingIsKeptVersionedAndAudited() throws Exception {
        String body = given().auth().oauth2(manager).get("/api/v1/settings").then().extract().asString()
                .replace("\"lateArrivalFine\":\"50.00\"", "\"lateArrivalFine\":\"80.00\"");
        given().auth().oauth2(manager).contentType("application/json").body(body).put("/api/v1/settings")
                .then().statusCode(200).body("version", equalTo(1)).body("discipline.lateArrivalFine", equalTo("80.00"));
        given().auth().oauth2(manager).get("/api/v1/settings").then().statusCode(200)
                .body("version", equalTo(1)).body("discipline.lateArrivalFine", equalTo("80.00"));
        assertEquals(1, OwnerDatabase.count(tenant, """
                select count(*) from audit_event where action = 'settings.updated'
                and before -> 'discipline' ->> 'lateArrivalFine' = '50.00' and after -> 'discipline' ->> 'lateArrivalFine' = '80.00'
                and request_id is not null"""));
        given().auth().oauth2(manager).get("/api/v1/audit-events?entityType=settings").then().statusCode(200)
                .body("items.action", hasItem("settings.updated"));
    }

    @Test
    void staleVersionIs409AndChangesNothing() {
        String v0 = given().auth().oauth2(manager).get("/api/v1/settings").then().extract().asString();
        given().auth().oauth2(manager).contentType("application/json")
                .body(v0.replace("\"lateGraceMinutes\":15", "\"lateGraceMinutes\":20")).put("/api/v1/settings")
                .then().statusCode(200);
        given().auth().oauth2(manager).contentType("application/json")
                .body(v0.replace("\"lateGraceMinutes\":15", "\"lateGraceMinutes\":99")).put("/api/v1/settings")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://aftercare.dev/problems/stale-version"))
                .body("errors[0].field", equalTo("version"));
        given().auth().oauth2(manager).get("/api/v1/settings").then().body("dispatch.lateGraceMinutes", equalTo(20));
    }

    @Test
    void mapLinkDefaultsByCountryAndEverySignedInUserReadsIt() {
        given().auth().oauth2(manager).get("/api/v1/settings").then().statusCode(200)
                .body("mapUrlTemplate", equalTo("https://uri.amap.com/search?keyword={address}"));
        UUID elsewhere = tenants.create("Europe/Berlin");
        given().auth().oauth2(Tokens.manager(elsewhere)).get("/api/v1/settings").then().statusCode(200)
                .body("mapUrlTemplate", equalTo("https://www.openstreetmap.org/search?query={address}"));
        for (String role : java.util.List.of("manager", "dispatcher", "installer", "partner", "customer")) {
            given().auth().oauth2(Tokens.of(tenant, role)).get("/api/v1/me").then().statusCode(200)
                    .body("tenant.id", equalTo(tenant.toString()))
                    .body("tenant.mapUrlTemplate", equalTo("https://uri.amap.com/search?keyword={address}"));
        }
    }

    @Test
    void changedMapLinkReachesMe() {
        String template = "https://maps.example.com/?q={address}&ll={lat},{lng}";
        String body = given().auth().oauth2(manager).get("/api/v1/settings").then().extract().asString()
                .replace("https://uri.amap.com/search?keyword={address}", template);
        given().auth().oauth2(manager).contentType("application/json").body(body).put("/api/v1/settings")
                .then().statusCode(200).body("mapUrlTemplate", equalTo(template));
        given().auth().oauth2(Tokens.of(tenant, "installer")).get("/api/v1/me").then().statusCode(200)
                .body("tenant.mapUrlTemplate", equalTo(template));
    }

    @Test
    void mapLinkMustBeHttpsWithTheAddressPlaceholder() {
        String v0 = given().auth().oauth2(manager).get("/api/v1/settings").then().extract().asString();
        for (String bad : java.util.List.of("http://uri.amap.com/search?keyword={address}", "https://uri.amap.com/search",
                "https://uri.amap.com/search?keyword={addr}&a={address}", "javascript:alert({address})", "")) {
            given().auth().oauth2(manager).contentType("application/json")
                    .body(v0.replace("https://uri.amap.com/search?keyword={address}", bad)).put("/api/v1/settings")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("mapUrlTemplate"));
        }
        given().auth().oauth2(manager).get("/api/v1/settings").then()
                .body("version", equalTo(0)).body("mapUrlTemplate", equalTo("https://uri.amap.com/search?keyword={address}"));
    }
}
