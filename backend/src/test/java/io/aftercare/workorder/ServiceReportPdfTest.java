package io.aftercare.workorder;

import io.aftercare.support.PdfText;
import io.aftercare.support.TestCustomers;
import io.aftercare.support.TestOrders;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The signed service report (用户服务报告书) as a PDF: what it says, what it shows, and who may read it. */
@QuarkusTest
class ServiceReportPdfTest {

    @Inject
    TestTenants tenants;

    UUID tenant;
    UUID customer;
    String dispatcher;

    @BeforeEach
    void tenant() throws Exception {
        tenant = tenants.create();
        customer = TestCustomers.customer(tenant);
        dispatcher = Tokens.of(tenant, "dispatcher");
    }

    static String png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().drawLine(0, height / 2, width - 1, height / 3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    TestOrders.Order signedOff() throws Exception {
        TestOrders.Order order = TestOrders.workDone(tenant, customer, "REPAIR");
        given().auth().oauth2(order.installerToken()).contentType("application/png").body(Base64.getDecoder().decode(png(40, 30)))
                .queryParam("ownerType", "WORK_ORDER").queryParam("ownerId", order.id()).queryParam("kind", "PHOTO")
                .contentType("image/png").post("/api/v1/attachments").then().statusCode(201);
        given().auth().oauth2(order.installerToken()).contentType("application/json").body("""
                        {"version":5,"signaturePng":"%s","ratings":{"attitude":5,"timeliness":4,"quality":5},"suggestions":"师傅很专业"}"""
                        .formatted(png(120, 50)))
                .post("/api/v1/work-orders/" + order.id() + "/sign-off").then().statusCode(200);
        return order;
    }

    byte[] download(String token, String path) {
        return given().auth().oauth2(token).get(path).then().statusCode(200).contentType("application/pdf").extract().asByteArray();
    }

    @Test
    void theReportSaysWhatWasDoneInChineseAndShowsThePhotoAndTheSignature() throws Exception {
        TestOrders.Order order = signedOff();

        byte[] pdf = given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + order.id() + "/service-report").then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", equalTo("attachment; filename=\"service-report-WO-000001.pdf\""))
                .extract().asByteArray();

        String text = PdfText.text(pdf);
        for (String written : List.of("用户服务报告书", "WO-000001", "王芳", "维修", "空调不制冷", "缺氟", "补充冷媒", "满意", "师傅很专业",
                "服务态度", "4/5", "Test Person", "客户签字")) {
            assertTrue(text.contains(written), written + " in:\n" + text);
        }
        List<String> images = PdfText.imageSizes(pdf);
        assertTrue(images.contains("120x50"), "the drawn signature: " + images);
        assertTrue(images.contains("40x30"), "the photo: " + images);

        assertEquals(1, io.aftercare.support.OwnerDatabase.count(tenant,
                "select count(*) from notification where template = 'SERVICE_REPORT_READY' and audience = 'CUSTOMER' and body like ?",
                "%WO-000001%/my-requests%"), "the customer is told where to find the report");

        String english = PdfText.text(download(dispatcher, "/api/v1/work-orders/" + order.id() + "/service-report?lang=en"));
        assertTrue(english.contains("Service report") && english.contains("Fault cause") && english.contains("缺氟"), english);
    }

    @Test
    void beforeSignOffThereIsNoReportYet() throws Exception {
        TestOrders.Order order = TestOrders.workDone(tenant, customer, "REPAIR");
        given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + order.id() + "/service-report").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("https://aftercare.dev/problems/service-report-not-signed"));
        given().auth().oauth2(dispatcher).queryParam("lang", "fr").get("/api/v1/work-orders/" + order.id() + "/service-report")
                .then().statusCode(400).body("errors[0].field", equalTo("lang"));
    }

    @Test
    void aRefusedSignOffIsInTheReportWithItsReason() throws Exception {
        TestOrders.Order order = TestOrders.workDone(tenant, customer, "REPAIR");
        given().auth().oauth2(order.installerToken()).contentType("application/json")
                .body("{\"version\":5,\"refused\":true,\"refusalReason\":\"噪音仍然很大\"}")
                .post("/api/v1/work-orders/" + order.id() + "/sign-off").then().statusCode(200);
        String text = PdfText.text(download(dispatcher, "/api/v1/work-orders/" + order.id() + "/service-report"));
        assertTrue(text.contains("客户拒签") && text.contains("噪音仍然很大"), text);
    }

    @Test
    void theCustomerReadsOnlyTheirOwnReportAndStaffOnlyTheirTenantsAndCrews() throws Exception {
        TestOrders.Order order = signedOff();
        String path = "/api/v1/work-orders/" + order.id() + "/service-report";
        String mine = "/api/v1/my/work-orders/" + order.id() + "/service-report";

        String customerToken = Tokens.claims(tenant, "customer").claim("customer_id", customer.toString()).sign();
        assertTrue(PdfText.text(download(customerToken, mine)).contains("缺氟"));
        download(order.installerToken(), path);
        download(Tokens.manager(tenant), path);

        String otherCustomer = Tokens.claims(tenant, "customer").claim("customer_id", TestCustomers.customer(tenant).toString()).sign();
        given().auth().oauth2(otherCustomer).get(mine).then().statusCode(404).contentType("application/problem+json");
        String elsewhere = Tokens.claims(tenants.create(), "customer").claim("customer_id", customer.toString()).sign();
        given().auth().oauth2(elsewhere).get(mine).then().statusCode(404);
        given().auth().oauth2(Tokens.of(tenants.create(), "dispatcher")).get(path).then().statusCode(404);
        String otherInstaller = Tokens.claims(tenant, "installer").subject(UUID.randomUUID().toString()).sign();
        given().auth().oauth2(otherInstaller).get(path).then().statusCode(404);
        given().auth().oauth2(customerToken).get(path).then().statusCode(403);
        given().auth().oauth2(dispatcher).get(mine).then().statusCode(403);
        given().get(mine).then().statusCode(401);
    }
}
