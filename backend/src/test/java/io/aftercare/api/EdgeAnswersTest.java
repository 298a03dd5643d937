package io.aftercare.api;

import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests refused at the edge (too-long path, too-large headers, too-large body) are problems with the security
 * headers; a request without a token to a protected path is 401 before its media type, Accept or body is judged.
 */
@QuarkusTest
class EdgeAnswersTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    TestTenants tenants;

    record Raw(int status, Map<String, String> headers, String body) {
    }

    /** Sends a request as raw bytes (a client library would refuse or fix these) and reads the answer to its end. */
    private Raw send(String request) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            // Read by Content-Length, not to the end: a refused body is never read, so the server need not close.
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            int end;
            while ((end = all.toString(StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n")) < 0) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("connection closed before the answer's headers: " + all);
                }
                all.write(b);
            }
            String[] head = all.toString(StandardCharsets.ISO_8859_1).substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim());
            }
            String length = headers.get("content-length");
            byte[] body = length == null ? in.readAllBytes() : in.readNBytes(Integer.parseInt(length));
            return new Raw(Integer.parseInt(head[0].split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
        }
    }

    private static void assertProblemWithSecurityHeaders(Raw answer, int status, String type) {
        assertEquals(status, answer.status(), answer.toString());
        assertEquals("application/problem+json", answer.headers().get("content-type"));
        assertEquals("no-store", answer.headers().get("cache-control"));
        assertEquals("nosniff", answer.headers().get("x-content-type-options"));
        assertEquals("DENY", answer.headers().get("x-frame-options"));
        assertEquals("no-referrer", answer.headers().get("referrer-policy"));
        assertEquals("default-src 'none'; frame-ancestors 'none'", answer.headers().get("content-security-policy"));
        JsonPath problem = JsonPath.from(answer.body());
        assertEquals(status, problem.getInt("status"));
        assertEquals("https://aftercare.dev/problems/" + type, problem.getString("type"));
        assertTrue(problem.getString("errorId") != null && problem.getString("detail") != null, answer.body());
    }

    @Test
    void tooLongPathIs414Problem() throws IOException {
        Raw answer = send("GET /api/v1/customers/" + "a".repeat(5000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertProblemWithSecurityHeaders(answer, 414, "uri-too-long");
    }

    @Test
    void tooLargeHeadersAre431Problem() throws IOException {
        Raw answer = send("GET /api/v1/customers HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "b".repeat(30_000)
                + "\r\nConnection: close\r\n\r\n");
        assertProblemWithSecurityHeaders(answer, 431, "request-header-fields-too-large");
    }

    @Test
    void tooLargeDeclaredBodyIs413Problem() throws IOException {
        Raw answer = send("POST /api/v1/customers HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 50000000\r\nConnection: close\r\n\r\n{");
        assertProblemWithSecurityHeaders(answer, 413, "payload-too-large");
    }

    @Test
    void withoutTokenAWrongMediaTypeIs401Not415() {
        given().contentType("text/plain").body("hello").post("/api/v1/customers").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer realm=\"aftercare\"");
        given().contentType("application/xml").body("<a/>").put("/api/v1/settings").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void withoutTokenAnUnacceptableAcceptIs401Not406() {
        given().accept("application/xml").get("/api/v1/customers").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void withoutTokenAMalformedBodyIs401Not400() {
        given().contentType("application/json").body("{not json").post("/api/v1/customers").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2("not-a-token").contentType("text/plain").body("x").post("/api/v1/customers").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void withATokenAWrongMediaTypeIsStill415() {
        given().auth().oauth2(Tokens.manager(tenants.create())).contentType("text/plain").body("hello")
                .post("/api/v1/customers").then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void publicBookingNeedsNoTokenAndAWrongMediaTypeIs415() {
        given().contentType("text/plain").body("hello").post("/api/v1/public/no-such-tenant/bookings").then().statusCode(415)
                .contentType("application/problem+json").body("status", equalTo(415));
    }
}
