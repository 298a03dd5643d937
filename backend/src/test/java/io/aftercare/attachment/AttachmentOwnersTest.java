package io.aftercare.attachment;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TestCustomers;
import io.aftercare.support.TestInstallers;
import io.aftercare.support.TestOrders;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A file is exactly as visible as what it belongs to: whoever gets 404 on the owner gets 404 on its files, on their
 * list and on adding to them, for every owner type and role.
 */
@QuarkusTest
class AttachmentOwnersTest {

    @Inject
    TestTenants tenants;

    @Inject
    AttachmentService attachments;

    UUID tenant;
    String manager;
    String dispatcher;

    @BeforeEach
    void tenant() {
        tenant = tenants.create();
        manager = Tokens.manager(tenant);
        dispatcher = Tokens.of(tenant, "dispatcher");
    }

    static Response upload(String token, String ownerType, String ownerId, String kind) {
        return given().auth().oauth2(token).contentType("image/png").body(AttachmentsTest.PNG)
                .queryParam("ownerType", ownerType).queryParam("ownerId", ownerId).queryParam("kind", kind)
                .post("/api/v1/attachments");
    }

    static Response list(String token, String ownerType, String ownerId) {
        return given().auth().oauth2(token).queryParam("ownerType", ownerType).queryParam("ownerId", ownerId).get("/api/v1/attachments");
    }

    static Response download(String token, String id) {
        return given().auth().oauth2(token).get("/api/v1/attachments/" + id);
    }

    @Test
    void everyOwnerTypeAnswersForItsFiles() {
        assertEquals(EnumSet.allOf(AttachmentDtos.OwnerType.class), EnumSet.copyOf(attachments.governedOwnerTypes()));
    }

    @Test
    void anInstallerSeesAndAddsFilesOnlyOfTheOrdersOfTheirCrew() throws Exception {
        TestOrders.Order order = TestOrders.workDone(tenant, TestCustomers.customer(tenant), "REPAIR");
        UUID other = TestInstallers.installer(tenant, manager);
        String outsider = Tokens.claims(tenant, "installer").subject(other.toString()).sign();
        String photo = upload(order.installerToken(), "WORK_ORDER", order.id(), "PHOTO").then().statusCode(201).extract().path("id");

        // Like the order itself (404 to an installer outside its crew), so its photos, their list and a planted signature.
        given().auth().oauth2(outsider).get("/api/v1/work-orders/" + order.id()).then().statusCode(404);
        list(outsider, "WORK_ORDER", order.id()).then().statusCode(404);
        download(outsider, photo).then().statusCode(404);
        upload(outsider, "WORK_ORDER", order.id(), "SIGNATURE").then().statusCode(404).contentType("application/problem+json");

        for (String office : new String[]{manager, dispatcher, order.installerToken()}) {
            list(office, "WORK_ORDER", order.id()).then().statusCode(200).body("items", hasSize(1));
            download(office, photo).then().statusCode(200);
        }
        String stranger = Tokens.manager(tenants.create());
        list(stranger, "WORK_ORDER", order.id()).then().statusCode(404);
        download(stranger, photo).then().statusCode(404);
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from attachment"));
    }

    @Test
    void aCertificateScanIsSeenByItsHolderAndTheOfficeAndAddedOnlyByTheOffice() throws Exception {
        UUID holder = TestInstallers.installer(tenant, manager);
        UUID colleague = TestInstallers.installer(tenant, manager);
        TestInstallers.certificate(manager, holder, "ELECTRICIAN", "2024-01-01", "2030-12-31");
        String certificate = given().auth().oauth2(manager).get("/api/v1/installers/" + holder).then().statusCode(200)
                .extract().path("certifications[0].id");
        String scan = upload(dispatcher, "CERTIFICATION", certificate, "CERTIFICATE_SCAN").then().statusCode(201).extract().path("id");
        String holderToken = Tokens.claims(tenant, "installer").subject(holder.toString()).sign();
        String colleagueToken = Tokens.claims(tenant, "installer").subject(colleague.toString()).sign();

        list(holderToken, "CERTIFICATION", certificate).then().statusCode(200).body("items", hasSize(1));
        download(holderToken, scan).then().statusCode(200);
        upload(holderToken, "CERTIFICATION", certificate, "CERTIFICATE_SCAN").then().statusCode(403);

        list(colleagueToken, "CERTIFICATION", certificate).then().statusCode(404);
        download(colleagueToken, scan).then().statusCode(404);
        upload(colleagueToken, "CERTIFICATION", certificate, "CERTIFICATE_SCAN").then().statusCode(404);

        String stranger = Tokens.manager(tenants.create());
        download(stranger, scan).then().statusCode(404);
        upload(stranger, "CERTIFICATION", certificate, "CERTIFICATE_SCAN").then().statusCode(404);
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from attachment"));
    }
}
