package io.aftercare.api;

import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every API answer carries the browser security headers: one representative GET per route family of the published
 * contract (the first segment after /api/v1), problems, the public booking pages and downloads.
 */
@QuarkusTest
class SecurityHeadersTest {

    private static final Path CONTRACT = Path.of("..", "openapi", "openapi.yaml");
    private static final Pattern PATH = Pattern.compile("^  (/api/v1/([^/:{]+)[^:]*):\\s*$");

    @Inject
    TestTenants tenants;

    /** Family → a GET path of it: the first one without parameters, else the first one. */
    static Map<String, String> representativeGets() throws IOException {
        Map<String, String> withParameters = new LinkedHashMap<>();
        Map<String, String> plain = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(CONTRACT);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = PATH.matcher(lines.get(i));
            if (!m.matches() || !hasGet(lines, i + 1)) {
                continue;
            }
            String family = m.group(2);
            (m.group(1).contains("{") ? withParameters : plain).putIfAbsent(family, m.group(1));
        }
        Map<String, String> families = new LinkedHashMap<>(withParameters);
        families.putAll(plain);
        return families;
    }

    private static boolean hasGet(List<String> lines, int from) {
        for (int i = from; i < lines.size() && (lines.get(i).startsWith("    ") || lines.get(i).isBlank()); i++) {
            if (lines.get(i).equals("    get:")) {
                return true;
            }
        }
        return false;
    }

    private String tokenFor(String family, UUID tenant) {
        return switch (family) {
            case "platform" -> Tokens.platformAdmin();
            case "partner" -> Tokens.of(tenant, "partner");
            case "my" -> Tokens.of(tenant, "customer");
            default -> Tokens.manager(tenant);
        };
    }

    static void assertJsonHeaders(Response response) {
        response.then()
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void everyRouteFamilyAnswersWithTheSecurityHeaders() throws IOException {
        UUID tenant = tenants.create();
        Map<String, String> families = representativeGets();
        assertTrue(families.size() >= 30, "route families read from the contract: " + families.keySet());
        for (var family : families.entrySet()) {
            String path = family.getValue().replace("{month}", YearMonth.now().toString())
                    .replaceAll("\\{tenantSlug}", "no-such-tenant").replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            Response response = given().auth().oauth2(tokenFor(family.getKey(), tenant)).accept("application/json").get(path);
            assertTrue(response.statusCode() < 500, path + " answered " + response.statusCode());
            try {
                assertJsonHeaders(response);
            } catch (AssertionError e) {
                throw new AssertionError("family " + family.getKey() + " (" + path + "): " + e.getMessage(), e);
            }
        }
    }

    @Test
    void problemsCarryTheSecurityHeaders() {
        assertJsonHeaders(given().get("/api/v1/customers").then().statusCode(401)
                .contentType("application/problem+json").extract().response());
        String manager = Tokens.manager(tenants.create());
        assertJsonHeaders(given().auth().oauth2(manager).get("/api/v1/no-such-family").then().statusCode(404).extract().response());
        assertJsonHeaders(given().auth().oauth2(manager).queryParam("limit", "0").get("/api/v1/customers").then().statusCode(400)
                .contentType("application/problem+json").extract().response());
    }

    @Test
    void publicBookingPagesCarryTheSecurityHeaders() {
        assertJsonHeaders(given().get("/api/v1/public/no-such-tenant/booking-options").then().statusCode(404).extract().response());
        assertJsonHeaders(given().contentType("application/json").body("{}")
                .post("/api/v1/public/no-such-tenant/bookings").then().statusCode(400).extract().response());
    }

    @Test
    void spreadsheetDownloadIsAnAttachmentInASandbox() {
        String month = YearMonth.now().toString();
        given().auth().oauth2(Tokens.manager(tenants.create())).accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .queryParam("month", month).get("/api/v1/attendance/sheet.xlsx").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"attendance-" + month + ".xlsx\"")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; sandbox")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer");
    }

    @Test
    void attachmentWithAChineseNameIsDownloadedUnderItsNameAsAnAttachment() throws Exception {
        UUID tenant = tenants.create();
        String dispatcher = Tokens.of(tenant, "dispatcher");
        java.time.OffsetDateTime start = java.time.OffsetDateTime.now().plusDays(1);
        String order = given().auth().oauth2(dispatcher).contentType("application/json").body("""
                {"type":"REPAIR","customerId":"%s","description":"x","tasks":{"electricalWork":false,"welding":false,"workAtHeight":false},
                 "appointment":{"start":"%s","end":"%s"}}""".formatted(io.aftercare.support.TestCustomers.customer(tenant), start, start.plusHours(1)))
                .post("/api/v1/work-orders").then().statusCode(201).extract().path("id");
        byte[] png = Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        String id = given().auth().oauth2(dispatcher).contentType("application/octet-stream").body(png)
                .queryParam("ownerType", "WORK_ORDER").queryParam("ownerId", order).queryParam("kind", "PHOTO")
                .queryParam("fileName", "电表 照片.png").post("/api/v1/attachments").then().statusCode(201).extract().path("id");
        given().auth().oauth2(dispatcher).get("/api/v1/attachments/" + id).then().statusCode(200)
                .contentType("image/png")
                .header("Content-Disposition", "attachment; filename=\"__ __.png\"; filename*=UTF-8''%E7%94%B5%E8%A1%A8%20%E7%85%A7%E7%89%87.png")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; sandbox")
                .header("Cache-Control", "no-store");
    }

    @Test
    void contractAndSwaggerUiStayOnTheMainPort() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/customers"))
                .header("X-Content-Type-Options", "nosniff");
        given().get("/q/swagger-ui/").then().statusCode(200).contentType(startsWith("text/html"))
                .header("Content-Security-Policy", equalTo("frame-ancestors 'none'"))
                .header("X-Frame-Options", "DENY");
    }

    @Test
    void representativeGetsCoverEveryFamilyOfTheContract() throws IOException {
        Map<String, String> families = representativeGets();
        assertEquals("/api/v1/customers", families.get("customers"));
        assertEquals("/api/v1/payroll/{month}", families.get("payroll"));
    }
}
