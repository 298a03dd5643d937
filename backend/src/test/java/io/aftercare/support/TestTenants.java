package io.aftercare.support;

import io.aftercare.api.Ids;
import io.aftercare.calendar.WorkingCalendarService;
import io.aftercare.settings.SettingsService;
import io.aftercare.tenancy.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Provisions a tenant with the production services (settings and calendar seeding) but without its first
 * manager's Keycloak login, so tests that do not exercise Keycloak do not need it.
 */
@ApplicationScoped
public class TestTenants {

    @Inject
    TenantContext tenants;

    @Inject
    SettingsService settings;

    @Inject
    WorkingCalendarService calendar;

    @Inject
    EntityManager db;

    @ActivateRequestContext
    public UUID create(String zone) {
        UUID id = Ids.newId();
        QuarkusTransaction.requiringNew().run(() -> db.createNativeQuery("""
                        insert into tenant (id, slug, name, time_zone, locale, currency, created_at, country)
                        values (?1, ?2, ?3, ?4, 'zh-CN', 'CNY', ?5, case when ?4 = 'Asia/Shanghai' then 'CN' end)""")
                .setParameter(1, id).setParameter(2, "t-" + id.toString().substring(24))
                .setParameter(3, "Test tenant " + id).setParameter(4, zone).setParameter(5, OffsetDateTime.now())
                .executeUpdate());
        tenants.runAs(id, () -> QuarkusTransaction.requiringNew().run(() -> {
            settings.seedDefaults("Asia/Shanghai".equals(zone) ? "CN" : null);
            calendar.seedDefaults();
        }));
        return id;
    }

    /** The login prefix of a tenant made here: its slug (the database defaults the prefix to the slug). */
    public static String loginPrefix(UUID tenant) {
        return "t-" + tenant.toString().substring(24);
    }

    public UUID create() {
        return create("Asia/Shanghai");
    }
}
