package io.aftercare.support;

import java.time.OffsetDateTime;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Drives a work order through its lifecycle over the API, as the dispatcher and the installer would. */
public final class TestOrders {

    /** The smallest valid PNG (1×1), standing in for a drawn signature. */
    public static final String SIGNATURE = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    private TestOrders() {
    }

    /** An order with its installer's token. */
    public record Order(String id, String installerToken) {
    }

    public static String create(String dispatcher, UUID customer, String type, OffsetDateTime start) {
        return given().auth().oauth2(dispatcher).contentType("application/json").body("""
                        {"type":"%s","customerId":"%s","description":"空调不制冷",
                         "tasks":{"electricalWork":false,"welding":false,"workAtHeight":false},
                         "appointment":{"start":"%s","end":"%s"}}""".formatted(type, customer, start, start.plusHours(2)))
                .post("/api/v1/work-orders").then().statusCode(201).extract().path("id");
    }

    /** Created, assigned to a new installer, contacted, travelled, checked in and completed: WORK_DONE at version 5. */
    public static Order workDone(UUID tenant, UUID customer, String type) throws Exception {
        String dispatcher = Tokens.of(tenant, "dispatcher");
        UUID installer = TestInstallers.installer(tenant, Tokens.manager(tenant));
        String token = Tokens.claims(tenant, "installer").subject(installer.toString()).sign();
        String id = create(dispatcher, customer, type, OffsetDateTime.now().plusMinutes(30));
        act(dispatcher, id, "assign", "{\"version\":0,\"leadInstallerId\":\"" + installer + "\"}");
        act(token, id, "contact", "{\"version\":1,\"note\":\"地址已确认\"}");
        act(token, id, "depart", "{\"version\":2}");
        act(token, id, "check-in", "{\"version\":3}");
        act(token, id, "complete", """
                {"version":4,"checklist":{"trialRunLeakChecked":true,"hazardsFound":false},
                 "report":{"faultCause":"缺氟","solution":"补充冷媒","partsReplaced":[],"customerOpinion":"满意"}}""");
        return new Order(id, token);
    }

    /** Signed off, reported in and filed: FILED at version 8. */
    public static Order filed(UUID tenant, UUID customer, String type) throws Exception {
        Order order = workDone(tenant, customer, type);
        act(order.installerToken(), order.id(), "sign-off", "{\"version\":5,\"signaturePng\":\"" + SIGNATURE
                + "\",\"ratings\":{\"attitude\":5,\"timeliness\":5,\"quality\":5}}");
        act(order.installerToken(), order.id(), "report-in", "{\"version\":6}");
        act(Tokens.of(tenant, "dispatcher"), order.id(), "file", "{\"version\":7}");
        return order;
    }

    private static void act(String token, String id, String action, String body) {
        given().auth().oauth2(token).contentType("application/json").body(body).post("/api/v1/work-orders/" + id + "/" + action)
                .then().statusCode(200);
    }
}
