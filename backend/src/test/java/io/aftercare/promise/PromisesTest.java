package io.aftercare.promise;

import io.aftercare.support.TenantWork;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Promise instants on the tenant's working calendar (mainland China 2026) with the tenant's own numbers. */
@QuarkusTest
class PromisesTest {

    @Inject
    TestTenants tenants;

    @Inject
    TenantWork work;

    @Inject
    Promises promises;

    private static OffsetDateTime at(String shanghai) {
        return OffsetDateTime.parse(shanghai + "+08:00");
    }

    private PromiseClock start(UUID tenant, PromiseDtos.PromiseKind kind, String from) {
        return work.inTransactionOf(tenant, () -> promises.start(kind, at(from)));
    }

    @Test
    void threeWorkingDaysOnSiteSkipTheNationalDayHolidaysAndItsWeekendAndCountTheMakeUpSaturday() {
        UUID tenant = tenants.create();
        // Wednesday 09-30 10:00; 10-01..10-07 are public holidays (the weekend 10-03/04 among them);
        // Thursday 10-08 and Friday 10-09 are the first two working days, Saturday 10-10 is a make-up working day.
        PromiseClock clock = start(tenant, PromiseDtos.PromiseKind.ON_SITE, "2026-09-30T10:00");
        assertEquals(at("2026-10-10T10:00").toInstant(), clock.dueAt.toInstant());
        assertEquals(PromiseDtos.PromiseStatus.ON_TRACK, clock.status);
        // 72 working hours in all (14 + 24 + 24 + 10); at risk after 80 % of them: 57 h 36 min → Friday 19:36.
        assertEquals(at("2026-10-09T19:36").toInstant(), clock.atRiskAt.toInstant());
        // A regular week: Friday 10:00 + 3 working days skips the weekend → Wednesday 10:00.
        assertEquals(at("2026-11-25T10:00").toInstant(), start(tenant, PromiseDtos.PromiseKind.ON_SITE, "2026-11-20T10:00").dueAt.toInstant());
    }

    @Test
    void hourPromisesCountWorkingHoursOnly() {
        UUID tenant = tenants.create();
        // Follow-up 24 working hours after completion on Friday 2026-11-20 15:00 → Monday 15:00.
        assertEquals(at("2026-11-23T15:00").toInstant(), start(tenant, PromiseDtos.PromiseKind.FOLLOW_UP, "2026-11-20T15:00").dueAt.toInstant());
        // Objection 24 h, follow-up visit 48 h.
        assertEquals(at("2026-11-23T15:00").toInstant(),
                start(tenant, PromiseDtos.PromiseKind.OBJECTION_COMMITMENT, "2026-11-20T15:00").dueAt.toInstant());
        assertEquals(at("2026-11-24T15:00").toInstant(),
                start(tenant, PromiseDtos.PromiseKind.FOLLOW_UP_VISIT_COMMITMENT, "2026-11-20T15:00").dueAt.toInstant());
    }

    @Test
    void eachTenantGetsItsOwnNumbers() {
        UUID strict = tenants.create();
        String manager = Tokens.manager(strict);
        String settings = given().auth().oauth2(manager).get("/api/v1/settings").then().statusCode(200).extract().asString()
                .replace("\"onSiteWorkingDays\":3", "\"onSiteWorkingDays\":1").replace("\"atRiskPercent\":80", "\"atRiskPercent\":50");
        given().auth().oauth2(manager).contentType("application/json").body(settings).put("/api/v1/settings").then().statusCode(200);
        UUID lenient = tenants.create();
        PromiseClock one = start(strict, PromiseDtos.PromiseKind.ON_SITE, "2026-11-23T10:00");
        assertEquals(at("2026-11-24T10:00").toInstant(), one.dueAt.toInstant());
        assertEquals(at("2026-11-23T22:00").toInstant(), one.atRiskAt.toInstant());
        assertEquals(at("2026-11-26T10:00").toInstant(), start(lenient, PromiseDtos.PromiseKind.ON_SITE, "2026-11-23T10:00").dueAt.toInstant());
    }

    @Test
    void aPauseStopsTheClockAndResumingMovesTheDueInstantByTheWorkingTimeItLasted() {
        UUID tenant = tenants.create();
        PromiseClock clock = work.inTransactionOf(tenant, () -> {
            PromiseClock c = promises.start(PromiseDtos.PromiseKind.ON_SITE, at("2026-09-30T10:00"));
            // Paused on Thursday 10-08 10:00 with 48 working hours left (14 + 24 + 10), resumed Monday 10-12 10:00.
            promises.pause(c, PromiseDtos.PauseReason.WAITING_FOR_PARTS, at("2026-10-08T10:00"));
            assertEquals(PromiseDtos.PromiseStatus.PAUSED, c.status);
            promises.resume(c, at("2026-10-12T10:00"));
            return c;
        });
        assertEquals(PromiseDtos.PromiseStatus.ON_TRACK, clock.status);
        assertEquals(at("2026-10-14T10:00").toInstant(), clock.dueAt.toInstant());
    }

    @Test
    void keptLateStaysBreached() {
        PromiseClock clock = new PromiseClock();
        clock.kind = PromiseDtos.PromiseKind.ON_SITE;
        clock.status = PromiseDtos.PromiseStatus.AT_RISK;
        clock.dueAt = at("2026-11-24T10:00");
        Promises.meet(clock, at("2026-11-24T10:30"));
        assertEquals(PromiseDtos.PromiseStatus.BREACHED, clock.status);
        // kept before the watch saw it: it broke when it fell due, which promise compliance counts
        assertEquals(clock.dueAt, clock.breachedAt);
        clock.status = PromiseDtos.PromiseStatus.ON_TRACK;
        clock.metAt = null;
        clock.breachedAt = null;
        Promises.meet(clock, at("2026-11-24T09:30"));
        assertEquals(PromiseDtos.PromiseStatus.MET, clock.status);
    }
}
