package io.aftercare.partner;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TestCustomers;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Partner staff take the jobs given to their partner and report them done with photos they uploaded to the order. */
@QuarkusTest
class PartnerJobsTest {

    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Inject
    TestTenants tenants;

    UUID tenant;
    String manager;
    String dispatcher;
    String partner;
    String agreement;
    String staff;
    String order;

    @BeforeEach
    void job() throws Exception {
        tenant = tenants.create();
        manager = Tokens.manager(tenant);
        dispatcher = Tokens.of(tenant, "dispatcher");
        partner = partner("安达安装");
        agreement = post(manager, "/api/v1/partners/" + partner + "/agreements",
                "{\"feePerUnit\":\"50.00\",\"firstDay\":\"2025-01-01\",\"lastDay\":\"2035-12-31\"}").then().statusCode(201).extract().path("id");
        staff = staffOf(partner);
        order = givenToPartner(partner, agreement);
    }

    private static Response post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post(path);
    }

    private String partner(String name) {
        return post(manager, "/api/v1/partners", "{\"name\":\"" + name + "\"}").then().statusCode(201).extract().path("id");
    }

    private String staffOf(String partner) throws Exception {
        UUID id = OwnerDatabase.insertStaff(tenant, "p-" + UUID.randomUUID().toString().substring(0, 8), "partner");
        post(manager, "/api/v1/partners/" + partner + "/staff", "{\"staffUserId\":\"" + id + "\"}").then().statusCode(200);
        return Tokens.claims(tenant, "partner").subject(id.toString()).sign();
    }

    private String givenToPartner(String partner, String agreement) throws Exception {
        OffsetDateTime start = OffsetDateTime.now().plusDays(1);
        String id = post(dispatcher, "/api/v1/work-orders", """
                {"type":"INSTALLATION","customerId":"%s","description":"安装车载终端","tasks":{"electricalWork":false,"welding":false,"workAtHeight":false},
                 "appointment":{"start":"%s","end":"%s"}}""".formatted(TestCustomers.customer(tenant), start, start.plusHours(2)))
                .then().statusCode(201).extract().path("id");
        post(manager, "/api/v1/partners/" + partner + "/orders",
                "{\"workOrderId\":\"%s\",\"agreementId\":\"%s\",\"dueDate\":\"%s\"}".formatted(id, agreement, java.time.LocalDate.now().plusDays(3))).then().statusCode(201);
        return id;
    }

    private static Response upload(String token, String order, String kind) {
        return given().auth().oauth2(token).contentType("image/png").body(PNG).queryParam("ownerType", "WORK_ORDER")
                .queryParam("ownerId", order).queryParam("kind", kind).post("/api/v1/attachments");
    }

    private Response accept(String token, String order) {
        return given().auth().oauth2(token).post("/api/v1/partner/orders/" + order + "/accept");
    }

    private Response reportDone(String token, String order, List<String> photos) {
        return post(token, "/api/v1/partner/orders/" + order + "/report-done",
                "{\"photoIds\":[" + String.join(",", photos.stream().map(p -> "\"" + p + "\"").toList()) + "],\"note\":\"已安装 3 台\"}");
    }

    @Test
    void partnerTakesTheJobThenReportsItDoneWithItsPhotos() {
        accept(staff, order).then().statusCode(200).body("taken", equalTo(true)).body("takenAt", not(nullValue()))
                .body("accepted", equalTo(false));
        String photo = upload(staff, order, "PHOTO").then().statusCode(201).extract().path("id");
        String second = upload(staff, order, "PHOTO").then().statusCode(201).extract().path("id");
        given().auth().oauth2(staff).queryParam("ownerType", "WORK_ORDER").queryParam("ownerId", order).get("/api/v1/attachments")
                .then().statusCode(200).body("items.id", hasItem(photo));

        JsonPath done = reportDone(staff, order, List.of(photo, second, photo)).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(photo, second), done.getList("donePhotoIds"), "a photo named twice counts once");
        assertEquals("已安装 3 台", done.getString("doneNote"));
        given().auth().oauth2(staff).get("/api/v1/partner/orders/" + order).then().statusCode(200)
                .body("reportedDoneAt", not(nullValue()));
        // The office reads both steps on the order's timeline.
        given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + order).then().statusCode(200)
                .body("timeline.action", hasItem("partner-took-job")).body("timeline.action", hasItem("partner-reported-done"))
                .body("order.status", equalTo("NEW"));
        reportDone(staff, order, List.of(photo)).then().statusCode(409)
                .body("type", equalTo("https://aftercare.dev/problems/partner-order-reported"));
        // A photo in the report cannot be deleted from under it.
        given().auth().oauth2(manager).delete("/api/v1/attachments/" + photo).then().statusCode(409);
    }

    @Test
    void aJobIsTakenOnceAndReportedOnlyAfterTaking() throws Exception {
        String photo = upload(staff, order, "PHOTO").then().statusCode(201).extract().path("id");
        reportDone(staff, order, List.of(photo)).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://aftercare.dev/problems/partner-order-not-taken"));
        accept(staff, order).then().statusCode(200);
        accept(staffOf(partner), order).then().statusCode(409)
                .body("type", equalTo("https://aftercare.dev/problems/partner-order-taken"));
        String cancelled = givenToPartner(partner, agreement);
        post(dispatcher, "/api/v1/work-orders/" + cancelled + "/cancel", "{\"version\":0,\"reason\":\"客户取消\"}").then().statusCode(200);
        accept(staff, cancelled).then().statusCode(409).body("type", equalTo("https://aftercare.dev/problems/partner-order-taken"));
    }

    @Test
    void photosMustBeThePartnersOwnUploadsToThisOrder() throws Exception {
        accept(staff, order).then().statusCode(200);
        String officePhoto = upload(dispatcher, order, "PHOTO").then().statusCode(201).extract().path("id");
        String video = upload(staff, order, "DOCUMENT").then().statusCode(201).extract().path("id");
        String otherOrder = givenToPartner(partner, agreement);
        String elsewhere = upload(staff, otherOrder, "PHOTO").then().statusCode(201).extract().path("id");
        String good = upload(staff, order, "PHOTO").then().statusCode(201).extract().path("id");
        for (String bad : List.of(officePhoto, video, elsewhere, UUID.randomUUID().toString())) {
            reportDone(staff, order, List.of(good, bad)).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("photoIds"));
        }
        post(staff, "/api/v1/partner/orders/" + order + "/report-done", "{\"photoIds\":[]}").then().statusCode(400)
                .body("errors.field", hasItem("photoIds"));
        post(staff, "/api/v1/partner/orders/" + order + "/report-done", "{\"note\":\"x\"}").then().statusCode(400)
                .body("errors.field", hasItem("photoIds"));
        reportDone(staff, order, List.of(good)).then().statusCode(200);
    }

    @Test
    void otherPartnersAndOfficeRolesCannotActOrSeeTheFiles() throws Exception {
        String rival = staffOf(partner("信达车载"));
        accept(rival, order).then().statusCode(404);
        upload(rival, order, "PHOTO").then().statusCode(404);
        String photo = upload(staff, order, "PHOTO").then().statusCode(201).extract().path("id");
        given().auth().oauth2(rival).get("/api/v1/attachments/" + photo).then().statusCode(404);
        given().auth().oauth2(rival).queryParam("ownerType", "WORK_ORDER").queryParam("ownerId", order).get("/api/v1/attachments")
                .then().statusCode(404);
        // An order never given to a partner is invisible to partner staff, files included.
        String officeOrder = post(dispatcher, "/api/v1/work-orders", """
                {"type":"REPAIR","customerId":"%s","description":"x","tasks":{"electricalWork":false,"welding":false,"workAtHeight":false},
                 "appointment":{"start":"%s","end":"%s"}}""".formatted(TestCustomers.customer(tenant), OffsetDateTime.now().plusDays(2),
                OffsetDateTime.now().plusDays(2).plusHours(1))).then().statusCode(201).extract().path("id");
        upload(staff, officeOrder, "PHOTO").then().statusCode(404);
        accept(dispatcher, order).then().statusCode(403);
        accept(manager, order).then().statusCode(403);
        accept(Tokens.of(tenants.create(), "partner"), order).then().statusCode(403);
        given().post("/api/v1/partner/orders/" + order + "/accept").then().statusCode(401);
    }
}
