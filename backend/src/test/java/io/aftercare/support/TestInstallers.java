package io.aftercare.support;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Installers made through the API as a manager does it: a staff account with the role, then its profile. */
public final class TestInstallers {

    private TestInstallers() {
    }

    public static String profile(UUID staffUserId) {
        return """
                {"staffUserId":"%s","phone":"+86 138 0000 0001","skills":["GPS terminal","wiring"],
                 "workingHours":{"start":"08:30","end":"17:30"},"baseSalary":"4500"}""".formatted(staffUserId);
    }

    /** A staff account with the installer role and its installer profile; answers its id. */
    public static UUID installer(UUID tenant, String manager) throws Exception {
        UUID id = OwnerDatabase.insertStaff(tenant, "inst-" + UUID.randomUUID().toString().substring(0, 8), "installer");
        given().auth().oauth2(manager).contentType("application/json").body(profile(id))
                .post("/api/v1/installers").then().statusCode(201);
        return id;
    }

    public static void certificate(String manager, UUID installer, String type, String from, String to) {
        given().auth().oauth2(manager).contentType("application/json")
                .body("{\"type\":\"%s\",\"number\":\"C-%s\",\"issuer\":\"市应急管理局\",\"validFrom\":\"%s\",\"validTo\":\"%s\"}"
                        .formatted(type, UUID.randomUUID().toString().substring(0, 6), from, to))
                .post("/api/v1/installers/" + installer + "/certifications").then().statusCode(201);
    }
}
