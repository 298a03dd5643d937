package io.aftercare.customeraccount;

import com.fasterxml.jackson.databind.JsonNode;
import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.RealKeycloak;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Customers open a login by proving the phone on record with a one-time code, in the real Keycloak: the code works
 * once, a wrong one is refused, five wrong ones lock the phone, and a number not on record learns nothing.
 */
@QuarkusTest
class CustomerSignUpTest {

    @Inject
    TestTenants tenants;

    @Inject
    Keycloak admin;

    RealKeycloak keycloak;
    UUID tenant;
    String slug;
    String phone;
    UUID customer;

    @BeforeEach
    void tenant() throws Exception {
        keycloak = new RealKeycloak(admin);
        tenant = tenants.create();
        slug = TestTenants.loginPrefix(tenant);
        phone = "139" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        customer = UUID.randomUUID();
        OwnerDatabase.execute(tenant, """
                insert into customer (tenant_id, id, kind, name, phone, created_at, updated_at)
                values (?, ?, 'PERSON', '王芳', ?, now(), now())""", tenant, customer, phone.substring(0, 3) + " " + phone.substring(3));
        keycloak.track(slug + "." + phone);
    }

    @AfterEach
    void cleanUp() {
        keycloak.cleanUp();
    }

    Response askCode(String number) {
        return given().contentType("application/json").body(Map.of("phone", number))
                .post("/api/v1/public/" + slug + "/customer-sign-up/codes");
    }

    Response signUp(String number, String code) {
        return given().contentType("application/json").body(Map.of("phone", number, "code", code, "password", "geheim-2026!"))
                .post("/api/v1/public/" + slug + "/customer-sign-up");
    }

    /**
     * A code as a customer reads it: six digits standing alone. The message also names the tenant and the sign-up link,
     * whose ids may hold six digits in a row (a test tenant's name has its id), so a bare \d{6} could read those.
     */
    static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("(?<![\\w-])(\\d{6})(?![\\w-])");

    /** The code in the newest SMS to this phone, as the customer reads it. */
    String codeSentTo(String number) throws Exception {
        try (var connection = OwnerDatabase.connect(tenant); var statement = connection.prepareStatement(
                "select body from notification where recipient = ? and channel = 'SMS' order by created_at desc limit 1")) {
            statement.setString(1, number.substring(0, 3) + " " + number.substring(3));
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue(rows.next(), "an SMS went to " + number);
                Matcher code = CODE.matcher(rows.getString(1));
                assertTrue(code.find());
                return code.group(1);
            }
        }
    }

    /** Lets the next code be asked for at once, as if the minute between codes had passed. */
    void aMinuteLater() throws Exception {
        OwnerDatabase.execute(tenant, "update customer_sign_up_code set created_at = created_at - interval '2 minutes'");
    }

    static String wrong(String code) {
        return "%06d".formatted((Integer.parseInt(code) + 1) % 1_000_000);
    }

    @Test
    void theRightCodeOpensALoginOnceWithTheCustomersClaims() throws Exception {
        askCode(phone).then().statusCode(202).body("expiresInSeconds", equalTo(600));
        String code = codeSentTo(phone);

        signUp(phone, wrong(code)).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://aftercare.dev/problems/code-invalid")).body("errors[0].field", equalTo("code"));
        String login = signUp(phone, code).then().statusCode(201).extract().path("login");
        assertEquals(slug + "." + phone, login);

        JsonNode claims = RealKeycloak.loginClaims(login, "geheim-2026!");
        assertEquals(customer.toString(), claims.path("customer_id").asText());
        assertEquals(tenant.toString(), claims.path("tenant").asText());
        assertTrue(claims.path("realm_access").path("roles").toString().contains("customer"), claims.toString());

        signUp(phone, code).then().statusCode(400).body("type", equalTo("https://aftercare.dev/problems/code-invalid"));
        aMinuteLater();
        askCode(phone).then().statusCode(202);
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from notification where template = 'SIGN_UP_CODE'"),
                "a customer with a login is sent no new code");
        given().auth().oauth2(Tokens.manager(tenant)).get("/api/v1/customer-accounts").then().statusCode(200)
                .body("items[0].status", equalTo("ACTIVE")).body("items[0].customerName", equalTo("王芳")).body("items[0].login", equalTo(login));
    }

    @Test
    void theEmailOnRecordProvesTheCustomerToo() throws Exception {
        String email = "Wang.Fang-" + UUID.randomUUID() + "@Customers.test";
        OwnerDatabase.execute(tenant, "update customer set email = ? where id = ?", email, customer);
        given().contentType("application/json").body(Map.of("email", email.toUpperCase(java.util.Locale.ROOT)))
                .post("/api/v1/public/" + slug + "/customer-sign-up/codes").then().statusCode(202);
        assertEquals(0, OwnerDatabase.count(tenant, "select count(*) from notification where template = 'SIGN_UP_CODE' and channel = 'SMS'"),
                "a code asked for by e-mail goes to the e-mail only");
        String body;
        try (var connection = OwnerDatabase.connect(tenant); var statement = connection.prepareStatement(
                "select body from notification where template = 'SIGN_UP_CODE' and channel = 'EMAIL' and recipient = ?")) {
            statement.setString(1, email);
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue(rows.next(), "an e-mail went to " + email);
                body = rows.getString(1);
            }
        }
        Matcher found = CODE.matcher(body);
        assertTrue(found.find());
        String code = found.group(1);
        Response wrongOne = given().contentType("application/json").body(Map.of("email", email, "code", wrong(code), "password", "geheim-2026!"))
                .post("/api/v1/public/" + slug + "/customer-sign-up");
        wrongOne.then().statusCode(400).body("type", equalTo("https://aftercare.dev/problems/code-invalid"));
        given().contentType("application/json").body(Map.of("phone", phone, "code", code, "password", "geheim-2026!"))
                .post("/api/v1/public/" + slug + "/customer-sign-up").then().statusCode(400)
                .body("type", equalTo("https://aftercare.dev/problems/code-invalid"));
        String login = given().contentType("application/json").body(Map.of("email", email, "code", code, "password", "geheim-2026!"))
                .post("/api/v1/public/" + slug + "/customer-sign-up").then().statusCode(201).extract().path("login");
        assertEquals(slug + "." + phone, login, "the login is still the phone's digits");

        given().contentType("application/json").body(Map.of("email", "nobody-" + UUID.randomUUID() + "@customers.test"))
                .post("/api/v1/public/" + slug + "/customer-sign-up/codes").then().statusCode(202).body("expiresInSeconds", equalTo(600));
        given().contentType("application/json").body(Map.of("phone", phone, "email", email))
                .post("/api/v1/public/" + slug + "/customer-sign-up/codes").then().statusCode(400).body("errors[0].field", equalTo("email"));
        given().contentType("application/json").body(Map.of()).post("/api/v1/public/" + slug + "/customer-sign-up/codes")
                .then().statusCode(400).body("errors[0].field", equalTo("phone"));
        given().contentType("application/json").body(Map.of("email", "not-an-address"))
                .post("/api/v1/public/" + slug + "/customer-sign-up/codes").then().statusCode(400).body("errors[0].field", equalTo("email"));
    }

    @Test
    void fiveWrongCodesLockThePhoneEvenForTheRightCode() throws Exception {
        askCode(phone).then().statusCode(202);
        String code = codeSentTo(phone);
        for (int i = 0; i < 5; i++) {
            signUp(phone, wrong(code)).then().statusCode(400);
        }
        signUp(phone, code).then().statusCode(429).body("type", equalTo("https://aftercare.dev/problems/sign-up-locked"));
        aMinuteLater();
        askCode(phone).then().statusCode(202);
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from notification where template = 'SIGN_UP_CODE'"),
                "no new code while locked");
        assertFalse(keycloak.user(slug + "." + phone).isPresent());
    }

    @Test
    void aNumberNotOnRecordGetsTheSameAnswersAndIsSentNothing() throws Exception {
        String stranger = "137" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        Response known = askCode(phone);
        Response unknown = askCode(stranger);
        assertEquals(known.statusCode(), unknown.statusCode());
        assertEquals(known.body().asString(), unknown.body().asString());
        assertEquals(0, OwnerDatabase.count(tenant, "select count(*) from notification where recipient like ?", "%" + stranger.substring(3) + "%"));

        Response refusedKnown = signUp(phone, wrong(codeSentTo(phone)));
        Response refusedUnknown = signUp(stranger, "123456");
        assertEquals(refusedKnown.statusCode(), refusedUnknown.statusCode());
        for (String field : List.of("type", "title", "detail")) {
            assertEquals(refusedKnown.jsonPath().getString(field), refusedUnknown.jsonPath().getString(field), field);
        }
        for (int i = 0; i < 4; i++) {
            signUp(stranger, "123456").then().statusCode(400);
        }
        signUp(stranger, "123456").then().statusCode(429);
        given().contentType("application/json").body(Map.of("phone", phone)).post("/api/v1/public/no-such-tenant/customer-sign-up/codes")
                .then().statusCode(404);
    }

    @Test
    void twoSignUpsWithTheSameCodeAtOnceOpenOneLogin() throws Exception {
        askCode(phone).then().statusCode(202);
        String code = codeSentTo(phone);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> signUp(phone, code).statusCode()));
            }
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> run : runs) {
                answers.add(run.get());
            }
            assertEquals(1, answers.stream().filter(s -> s == 201).count(), answers.toString());
            assertTrue(answers.stream().allMatch(s -> s == 201 || s == 400), answers.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from customer_account"));
    }

    @Test
    void staffInviteResendAndSwitchALoginOffAndOn() throws Exception {
        String manager = Tokens.manager(tenant);
        given().auth().oauth2(manager).contentType("application/json").body(Map.of("customerId", customer.toString()))
                .post("/api/v1/customer-accounts/invitations").then().statusCode(200).body("status", equalTo("INVITED"));
        String firstCode = codeSentTo(phone);
        given().auth().oauth2(manager).contentType("application/json").body(Map.of("customerId", customer.toString()))
                .post("/api/v1/customer-accounts/invitations").then().statusCode(409)
                .body("type", equalTo("https://aftercare.dev/problems/invitation-pending"));
        aMinuteLater();
        given().auth().oauth2(manager).contentType("application/json").body(Map.of("customerId", customer.toString(), "resend", true))
                .post("/api/v1/customer-accounts/invitations").then().statusCode(200);
        String secondCode = codeSentTo(phone);
        if (!firstCode.equals(secondCode)) {
            signUp(phone, firstCode).then().statusCode(400);
        }
        String login = signUp(phone, secondCode).then().statusCode(201).extract().path("login");

        Map<String, Object> account = given().auth().oauth2(manager).queryParam("status", "ACTIVE").get("/api/v1/customer-accounts")
                .then().statusCode(200).extract().path("items[0]");
        assertNotEquals(null, account.get("invitedAt"), "the invitation is remembered");
        given().auth().oauth2(manager).contentType("application/json").body(Map.of("version", account.get("version"), "disabled", true))
                .post("/api/v1/customer-accounts/" + account.get("id") + "/status").then().statusCode(200).body("status", equalTo("DISABLED"));
        assertFalse(keycloak.user(login).orElseThrow().isEnabled());

        given().auth().oauth2(Tokens.of(tenant, "installer")).get("/api/v1/customer-accounts").then().statusCode(403);
        given().auth().oauth2(Tokens.manager(tenants.create())).get("/api/v1/customer-accounts").then().statusCode(200)
                .body("items.size()", equalTo(0));
        given().auth().oauth2(Tokens.manager(tenants.create())).contentType("application/json").body(Map.of("version", 1, "disabled", false))
                .post("/api/v1/customer-accounts/" + account.get("id") + "/status").then().statusCode(404);
        given().auth().oauth2(Tokens.manager(tenants.create())).contentType("application/json").body(Map.of("customerId", customer.toString()))
                .post("/api/v1/customer-accounts/invitations").then().statusCode(404);
    }
}
