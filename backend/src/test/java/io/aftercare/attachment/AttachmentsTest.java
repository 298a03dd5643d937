package io.aftercare.attachment;

import io.aftercare.support.TestCustomers;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Attachments are checked by their bytes, limited by the tenant's setting, and served only within the tenant. */
@QuarkusTest
class AttachmentsTest {

    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Inject
    TestTenants tenants;

    UUID tenant;
    String dispatcher;
    String order;

    @BeforeEach
    void order() throws Exception {
        tenant = tenants.create();
        dispatcher = Tokens.of(tenant, "dispatcher");
        OffsetDateTime start = OffsetDateTime.now().plusDays(1);
        order = given().auth().oauth2(dispatcher).contentType("application/json").body("""
                {"type":"REPAIR","customerId":"%s","description":"x","tasks":{"electricalWork":false,"welding":false,"workAtHeight":false},
                 "appointment":{"start":"%s","end":"%s"}}""".formatted(TestCustomers.customer(tenant), start, start.plusHours(1)))
                .post("/api/v1/work-orders").then().statusCode(201).extract().path("id");
    }

    private io.restassured.response.Response upload(String token, String contentType, byte[] body, String ownerId) {
        return given().auth().oauth2(token).contentType(contentType).body(body)
                .queryParam("ownerType", "WORK_ORDER").queryParam("ownerId", ownerId).queryParam("kind", "PHOTO")
                .queryParam("fileName", "meter.png").post("/api/v1/attachments");
    }

    @Test
    void photoIsStoredAndServedBackWithItsDetectedType() {
        String id = upload(dispatcher, "application/octet-stream", PNG, order).then().statusCode(201)
                .body("contentType", equalTo("image/png")).body("sizeBytes", equalTo(PNG.length)).extract().path("id");
        byte[] back = given().auth().oauth2(dispatcher).get("/api/v1/attachments/" + id).then().statusCode(200)
                .contentType("image/png").header("X-Content-Type-Options", "nosniff").extract().asByteArray();
        assertArrayEquals(PNG, back);
        given().auth().oauth2(dispatcher).queryParam("ownerType", "WORK_ORDER").queryParam("ownerId", order)
                .get("/api/v1/attachments").then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void aFileThatIsNotWhatItClaimsIs415() {
        upload(dispatcher, "image/png", "<script>alert(1)</script>".getBytes(), order).then().statusCode(415)
                .contentType("application/problem+json").body("type", equalTo("https://aftercare.dev/problems/unsupported-file-type"));
    }

    @Test
    void aFileOverTheTenantsLimitIs413() {
        String manager = Tokens.manager(tenant);
        String settings = given().auth().oauth2(manager).get("/api/v1/settings").then().extract().asString()
                .replace("\"attachmentMaxMegabytes\":10", "\"attachmentMaxMegabytes\":1");
        given().auth().oauth2(manager).contentType("application/json").body(settings).put("/api/v1/settings").then().statusCode(200);
        byte[] big = Arrays.copyOf(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, 1_600_000);
        upload(dispatcher, "image/jpeg", big, order).then().statusCode(413)
                .contentType("application/problem+json").body("type", equalTo("https://aftercare.dev/problems/attachment-too-large"));
        upload(dispatcher, "image/jpeg", Arrays.copyOf(big, 900_000), order).then().statusCode(201).body("contentType", equalTo("image/jpeg"));
    }

    @Test
    void anotherTenantCannotReadOrAttachToIt() {
        String id = upload(dispatcher, "image/png", PNG, order).then().statusCode(201).extract().path("id");
        String stranger = Tokens.of(tenants.create(), "dispatcher");
        given().auth().oauth2(stranger).get("/api/v1/attachments/" + id).then().statusCode(404);
        upload(stranger, "image/png", PNG, order).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(stranger).queryParam("ownerType", "WORK_ORDER").queryParam("ownerId", order)
                .get("/api/v1/attachments").then().statusCode(404);
        given().auth().oauth2(stranger).delete("/api/v1/attachments/" + id).then().statusCode(404);
        given().auth().oauth2(dispatcher).get("/api/v1/attachments/" + id).then().statusCode(200);
    }

    @Test
    void missingOwnerTypeNamesTheParameter() {
        given().auth().oauth2(dispatcher).contentType("image/png").body(PNG).queryParam("ownerId", order).queryParam("kind", "PHOTO")
                .post("/api/v1/attachments").then().statusCode(400).body("errors[0].field", equalTo("ownerType"));
    }
}
