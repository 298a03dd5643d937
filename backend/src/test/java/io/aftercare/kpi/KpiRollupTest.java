package io.aftercare.kpi;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TestCustomers;
import io.aftercare.support.TestInstallers;
import io.aftercare.support.TenantWork;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The daily roll-ups of the orders done equal a recount after random sequences of changes: orders done, moved, cancelled,
 * reassigned, retyped, signed off, reworked and unlinked, reported in, and the report-in deadline changed, with reads
 * (which count stale days again) in between. The expected figures are recounted here from a model of the orders, by
 * the definitions of {@link Kpi}, and compared with the API's for ranges and filters that cross the roll-ups' settled
 * days and the days still counted from the orders.
 */
@QuarkusTest
class KpiRollupTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String[] TYPES = {"REPAIR", "INSTALLATION", "MAINTENANCE"};
    private static final String[] DONE = {"WORK_DONE", "REPORTED_IN", "FILED", "CANCELLED"};

    @Inject
    TestTenants tenants;

    @Inject
    KpiRollups rollups;

    @Inject
    TenantWork work;

    /** What the test knows of an order. */
    private static final class Order {
        final UUID id = UUID.randomUUID();
        OffsetDateTime doneAt;
        String status;
        UUID installer;
        String type;
        /** Each rating of the sign-off; null: not signed; 0: refused. */
        Integer score;
        UUID reworkOf;
        final List<OffsetDateTime> reportedIn = new ArrayList<>();
    }

    UUID tenant;
    String manager;
    UUID customer;
    List<UUID> installers;
    final List<Order> orders = new ArrayList<>();
    int reportInMinutes;
    int numbers;
    Random random;

    @Test
    void rollUpsEqualARecountAfterRandomChanges() throws Exception {
        for (long seed : new long[] {System.nanoTime(), 7L, 20261206L}) {
            random = new Random(seed);
            orders.clear();
            tenant = tenants.create(SHANGHAI.getId());
            manager = Tokens.manager(tenant);
            customer = TestCustomers.customer(tenant);
            installers = List.of(TestInstallers.installer(tenant, manager), TestInstallers.installer(tenant, manager));
            reportInMinutes = setReportInMinutes(60);
            for (int step = 0; step < 160; step++) {
                change();
            }
            for (int check = 0; check < 8; check++) {
                compare(seed);
            }
        }
    }

    /** One random change, or a read that counts the stale settled days again. */
    private void change() throws Exception {
        int what = random.nextInt(100);
        if (orders.isEmpty() || what < 25) {
            insert(new Order(), randomDoneAt(), null);
        } else if (what < 35) {
            Order o = any();
            o.doneAt = random.nextInt(5) == 0 ? null : randomDoneAt();
            update("work_done_at = ?", o.doneAt, o);
        } else if (what < 43) {
            Order o = any();
            o.status = DONE[random.nextInt(DONE.length)];
            update("status = ?", o.status, o);
        } else if (what < 50) {
            Order o = any();
            o.installer = randomInstaller();
            update("lead_installer_id = ?", o.installer, o);
        } else if (what < 55) {
            Order o = any();
            o.type = TYPES[random.nextInt(TYPES.length)];
            update("type = ?", o.type, o);
        } else if (what < 63) {
            Order o = any();
            o.score = randomScore();
            update("sign_off = cast(? as jsonb)", signOff(o.score), o);
        } else if (what < 72) {
            Order rework = new Order();
            insert(rework, random.nextBoolean() ? randomDoneAt() : null, any().id);
        } else if (what < 77) {
            Order o = orders.stream().filter(x -> x.reworkOf != null).findAny().orElse(null);
            if (o != null) {
                o.reworkOf = null;
                update("rework_of_id = ?", null, o);
            }
        } else if (what < 90) {
            Order o = any();
            if (o.doneAt != null) {
                OffsetDateTime at = o.doneAt.plusMinutes(random.nextInt(3 * reportInMinutes)).plusSeconds(random.nextInt(2) == 0 ? 0 : 30);
                o.reportedIn.add(at);
                OwnerDatabase.execute(tenant, "insert into work_order_event (tenant_id, id, work_order_id, occurred_at, actor_id, actor_name, action) "
                        + "values (?, ?, ?, ?, 'x', 'x', 'reported-in')", tenant, UUID.randomUUID(), o.id, at);
            }
        } else if (what < 98) {
            LocalDate today = LocalDate.now(SHANGHAI);
            LocalDate from = today.minusDays(random.nextInt(40));
            kpis(from, from.plusDays(random.nextInt(10)), null);
        } else {
            reportInMinutes = setReportInMinutes(reportInMinutes == 60 ? 120 : 60);
        }
    }

    private Order any() {
        return orders.get(random.nextInt(orders.size()));
    }

    private UUID randomInstaller() {
        int i = random.nextInt(installers.size() + 1);
        return i == installers.size() ? null : installers.get(i);
    }

    private Integer randomScore() {
        int s = random.nextInt(7);
        return s == 6 ? null : s;
    }

    /**
     * An instant in the 40 days before now, at least 4 hours ago (past any report-in deadline the test sets), often
     * right at a local midnight.
     */
    private OffsetDateTime randomDoneAt() {
        LocalDate day = LocalDate.now(SHANGHAI).minusDays(random.nextInt(40));
        OffsetDateTime at = switch (random.nextInt(4)) {
            case 0 -> day.atStartOfDay(SHANGHAI).toOffsetDateTime();
            case 1 -> day.plusDays(1).atStartOfDay(SHANGHAI).toOffsetDateTime().minusSeconds(1);
            default -> day.atStartOfDay(SHANGHAI).toOffsetDateTime().plusMinutes(random.nextInt(24 * 60));
        };
        OffsetDateTime latest = OffsetDateTime.now(ZoneOffset.UTC).minusHours(4);
        return at.isAfter(latest) ? latest.minusMinutes(random.nextInt(600)) : at;
    }

    private void insert(Order o, OffsetDateTime doneAt, UUID reworkOf) throws Exception {
        o.doneAt = doneAt;
        o.status = DONE[random.nextInt(DONE.length)];
        o.installer = randomInstaller();
        o.type = TYPES[random.nextInt(TYPES.length)];
        o.score = randomScore();
        o.reworkOf = reworkOf;
        OffsetDateTime created = OffsetDateTime.now(ZoneOffset.UTC).minusDays(60);
        OwnerDatabase.execute(tenant, """
                insert into work_order (tenant_id, id, number, type, status, priority, customer_id, description, tasks, appointment_start,
                                        appointment_end, created_at, updated_at, lead_installer_id, work_done_at, sign_off, rework_of_id)
                values (?, ?, ?, ?, ?, 'NORMAL', ?, '空调不制冷', cast('{"electricalWork":false,"welding":false,"workAtHeight":false}' as jsonb),
                        ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)""",
                tenant, o.id, "WO-" + (++numbers), o.type, o.status, customer, created.plusDays(1), created.plusDays(1).plusHours(2), created,
                created, o.installer, o.doneAt, signOff(o.score), reworkOf);
        orders.add(o);
    }

    private void update(String assignment, Object value, Order o) throws Exception {
        OwnerDatabase.execute(tenant, "update work_order set " + assignment + " where id = ?", value, o.id);
    }

    private static String signOff(Integer score) {
        if (score == null) {
            return null;
        }
        return score == 0 ? "{\"refused\":true,\"signedAt\":\"2026-11-03T03:00:00Z\"}"
                : "{\"refused\":false,\"ratings\":{\"attitude\":%1$d,\"timeliness\":%1$d,\"quality\":%1$d},\"signedAt\":\"2026-11-03T03:00:00Z\"}"
                        .formatted(score);
    }

    private int setReportInMinutes(int minutes) {
        String settings = given().auth().oauth2(manager).get("/api/v1/settings").then().statusCode(200).extract().asString();
        given().auth().oauth2(manager).contentType("application/json")
                .body(settings.replaceFirst("\"reportInMinutes\":\\d+", "\"reportInMinutes\":" + minutes))
                .put("/api/v1/settings").then().statusCode(200);
        return minutes;
    }

    private JsonPath kpis(LocalDate from, LocalDate to, String filter) {
        return given().auth().oauth2(manager).get("/api/v1/kpis?from=" + from + "&to=" + to + (filter == null ? "" : "&" + filter))
                .then().statusCode(200).extract().jsonPath();
    }

    /** The figures of a random range and filter, against the recount of the model. */
    private void compare(long seed) {
        LocalDate today = LocalDate.now(SHANGHAI);
        LocalDate from = today.minusDays(random.nextInt(45));
        LocalDate to = random.nextInt(3) == 0 ? today : from.plusDays(random.nextInt(20));
        String filter = null;
        UUID installer = null;
        String type = null;
        switch (random.nextInt(3)) {
            case 0 -> {
                installer = installers.get(random.nextInt(installers.size()));
                filter = "installerId=" + installer;
            }
            case 1 -> {
                type = TYPES[random.nextInt(TYPES.length)];
                filter = "type=" + type;
            }
            default -> {
            }
        }
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        Recount now = recount(from, to, installer, type);
        Recount before = recount(from.minusDays(days), from.minusDays(1), installer, type);
        JsonPath r = kpis(from, to, filter);
        String context = "seed " + seed + ", " + from + ".." + to + (filter == null ? "" : ", " + filter);
        Map<String, Object> firstTimeFix = r.getMap("figures.find { it.kpi == 'FIRST_TIME_FIX_RATE' }");
        assertEquals(now.done, ((Number) firstTimeFix.get("base")).longValue(), "orders done, " + context);
        assertEquals(now.fixed, ((Number) firstTimeFix.get("count")).longValue(), "fixed the first time, " + context);
        assertEquals(share(before.fixed, before.done), number(firstTimeFix.get("previous")), "first-time fix before, " + context);
        Map<String, Object> reportIn = r.getMap("figures.find { it.kpi == 'REPORT_IN_COMPLIANCE' }");
        assertEquals(now.done, ((Number) reportIn.get("base")).longValue(), "report-in due, " + context);
        assertEquals(now.onTime, ((Number) reportIn.get("count")).longValue(), "reported in on time, " + context);
        assertEquals(share(before.onTime, before.done), number(reportIn.get("previous")), "report-in before, " + context);
        Object signOff = r.get("figures.find { it.kpi == 'SATISFACTION' }.breakdown.find { it.key == 'SIGN_OFF' }.value");
        assertEquals(now.scores == 0 ? null : Math.round(100.0 * now.scoreSum / now.scores) / 100.0, number(signOff), "sign-off score, " + context);
    }

    private static Double number(Object value) {
        // JSON numbers come back as floats: their decimal form is the API's
        return value == null ? null : Double.valueOf(value.toString());
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(10000.0 * part / whole) / 100.0;
    }

    private record Recount(long done, long fixed, long onTime, long scoreSum, long scores) {
    }

    /** The definitions of {@link Kpi}, on the model: every order done here is past its report-in deadline. */
    private Recount recount(LocalDate from, LocalDate to, UUID installer, String type) {
        long done = 0;
        long fixed = 0;
        long onTime = 0;
        long scoreSum = 0;
        long scores = 0;
        for (Order o : orders) {
            if (o.doneAt == null || o.status.equals("CANCELLED")) {
                continue;
            }
            LocalDate day = LocalDate.ofInstant(o.doneAt.toInstant(), SHANGHAI);
            if (day.isBefore(from) || day.isAfter(to) || (installer != null && !installer.equals(o.installer))
                    || (type != null && !type.equals(o.type))) {
                continue;
            }
            done++;
            if (orders.stream().noneMatch(x -> o.id.equals(x.reworkOf))) {
                fixed++;
            }
            OffsetDateTime deadline = o.doneAt.plusMinutes(reportInMinutes);
            if (o.reportedIn.stream().anyMatch(at -> !at.isAfter(deadline))) {
                onTime++;
            }
            if (o.score != null && o.score > 0) {
                scoreSum += 3L * o.score;
                scores += 3;
            }
        }
        return new Recount(done, fixed, onTime, scoreSum, scores);
    }

    /** The background pass counts a tenant's stale settled days; none is left, and the figures read the same. */
    @Test
    void theBackgroundPassLeavesNoSettledDayStale() throws Exception {
        random = new Random(11);
        orders.clear();
        tenant = tenants.create(SHANGHAI.getId());
        manager = Tokens.manager(tenant);
        customer = TestCustomers.customer(tenant);
        installers = List.of(TestInstallers.installer(tenant, manager));
        reportInMinutes = 60;
        for (int i = 0; i < 20; i++) {
            insert(new Order(), randomDoneAt(), null);
        }
        LocalDate settled = KpiRollups.settledBefore(SHANGHAI, reportInMinutes, Instant.now());
        long stale = OwnerDatabase.count(tenant, "select count(*) from kpi_day_stale where day < ?", settled);
        assertEquals(true, stale > 0, "the orders' days are stale");
        assertEquals(stale, (long) work.inTransactionOf(tenant, rollups::refreshSettled), "each stale day counted once");
        assertEquals(0, OwnerDatabase.count(tenant, "select count(*) from kpi_day_stale where day < ?", settled));
        assertEquals(orders.stream().filter(o -> !o.status.equals("CANCELLED")
                        && LocalDate.ofInstant(o.doneAt.toInstant(), SHANGHAI).isBefore(settled)).count(),
                OwnerDatabase.count(tenant, "select coalesce(sum(done), 0) from kpi_day"));
        for (int check = 0; check < 4; check++) {
            compare(11);
        }
    }
}
