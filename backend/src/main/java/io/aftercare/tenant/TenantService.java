package io.aftercare.tenant;

import io.aftercare.api.Ids;
import io.aftercare.api.Keyset;
import io.aftercare.persistence.Conditions;
import io.aftercare.audit.AuditLog;
import io.aftercare.calendar.WorkingCalendarService;
import io.aftercare.identity.Logins;
import io.aftercare.persistence.SqlStates;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.settings.SettingsService;
import io.aftercare.staff.StaffService;
import io.aftercare.tenancy.KnownTenants;
import io.aftercare.tenancy.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Tenants of the platform: created by the platform admin, each with its defaults and its first manager. */
@ApplicationScoped
public class TenantService {

    private static final Logger LOG = Logger.getLogger(TenantService.class);
    static final String DEFAULT_ZONE = "Asia/Shanghai";
    static final String DEFAULT_CURRENCY = "CNY";
    private static final Set<String> CHINA_ZONES = Set.of("Asia/Shanghai", "Asia/Chongqing", "Asia/Harbin", "Asia/Urumqi", "PRC");

    private final TenantContext tenants;
    private final SettingsService settings;
    private final WorkingCalendarService calendar;
    private final StaffService staff;
    private final AuditLog audit;
    private final KnownTenants known;

    public TenantService(TenantContext tenants, SettingsService settings, WorkingCalendarService calendar,
                         StaffService staff, AuditLog audit, KnownTenants known) {
        this.tenants = tenants;
        this.settings = settings;
        this.calendar = calendar;
        this.staff = staff;
        this.audit = audit;
        this.known = known;
    }

    /** Oldest first; {@code q} finds tenants whose name or slug contains it (ignoring case). */
    @Transactional
    public Keyset.Slice<TenantDtos.TenantView> list(String q, Integer limit, String cursor) {
        int pageSize = Keyset.limit(limit);
        UUID after = Keyset.after(cursor);
        Conditions where = new Conditions();
        if (after != null) {
            where.and("id > :after", "after", after);
        }
        if (q != null && !q.isBlank()) {
            where.and("lower(name) like :q escape '\\' or lower(slug) like :q escape '\\'", "q",
                    "%" + escapeLike(q.strip().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        List<Tenant> rows = Tenant.<Tenant>find(where.query("order by id"), where.parameters()).page(0, pageSize + 1).list();
        return Keyset.slice(rows, pageSize, t -> t.id, TenantDtos.TenantView::of);
    }

    /** Suspends the tenant: its people's API calls answer 403 tenant-suspended. Suspending a suspended tenant changes nothing. */
    public TenantDtos.TenantView suspend(UUID id) {
        return changeStatus(id, TenantDtos.TenantStatus.SUSPENDED, "tenant.suspended");
    }

    /** Resumes a suspended tenant; resuming an active one changes nothing. */
    public TenantDtos.TenantView resume(UUID id) {
        return changeStatus(id, TenantDtos.TenantStatus.ACTIVE, "tenant.resumed");
    }

    /** The change and its audit event (in the tenant's own trail) commit together. */
    private TenantDtos.TenantView changeStatus(UUID id, TenantDtos.TenantStatus status, String action) {
        if (Tenant.<Tenant>findByIdOptional(id).isEmpty()) {
            throw ProblemException.notFound("The tenant " + id);
        }
        TenantDtos.TenantView after = tenants.runAs(id, () -> QuarkusTransaction.requiringNew().call(() -> {
            Tenant tenant = Tenant.<Tenant>findById(id);
            TenantDtos.TenantView before = TenantDtos.TenantView.of(tenant);
            if (tenant.status == status) {
                return before;
            }
            tenant.status = status;
            tenant.suspendedAt = status == TenantDtos.TenantStatus.SUSPENDED ? OffsetDateTime.now(ZoneOffset.UTC) : null;
            tenant.flush();
            TenantDtos.TenantView changed = TenantDtos.TenantView.of(tenant);
            audit.record(action, "tenant", id, before, changed);
            return changed;
        }));
        known.forget(id);
        return after;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Transactional
    public TenantDtos.TenantView get(UUID id) {
        return Tenant.<Tenant>findByIdOptional(id).map(TenantDtos.TenantView::of)
                .orElseThrow(() -> ProblemException.notFound("The tenant " + id));
    }

    /** The current tenant's time zone; 403 when the caller acts for no (existing) tenant. */
    @Transactional
    public ZoneId currentZone() {
        return find(tenants.require()).map(t -> ZoneId.of(t.timeZone()))
                .orElseThrow(() -> ProblemException.forbidden("The tenant named by your token does not exist."));
    }

    /** The current tenant; 403 when the caller acts for no (existing) tenant. */
    @Transactional
    public TenantDtos.TenantView current() {
        return find(tenants.require()).orElseThrow(() -> ProblemException.forbidden("The tenant named by your token does not exist."));
    }

    @Transactional
    public Optional<TenantDtos.TenantView> findBySlug(String slug) {
        return Tenant.<Tenant>find("slug", slug).firstResultOptional().map(TenantDtos.TenantView::of);
    }

    @Transactional
    public Optional<TenantDtos.TenantView> find(UUID id) {
        return Tenant.<Tenant>findByIdOptional(id).map(TenantDtos.TenantView::of);
    }

    /**
     * Creates the tenant, its default settings and calendar, and its first manager's login. The tenant row
     * commits first (the tenant's own rows refer to it); if a later step fails the tenant is removed again.
     */
    public TenantDtos.TenantView create(TenantDtos.CreateTenantRequest request) {
        ZoneId zone = zone(request.timeZone());
        String currency = currency(request.currency());
        String country = country(request.country(), zone);
        TenantDtos.Locale locale = request.locale() == null ? TenantDtos.Locale.ZH_CN : request.locale();
        String prefix = (request.loginPrefix() == null ? request.slug() : request.loginPrefix()).toLowerCase(java.util.Locale.ROOT);
        String managerName = Logins.compose(prefix, request.manager().username());
        if (Tenant.count("slug", request.slug()) > 0) {
            throw slugTaken(request.slug());
        }
        if (Tenant.count("lower(loginPrefix) = ?1", prefix) > 0) {
            throw prefixTaken(prefix);
        }
        Tenant tenant;
        try {
            tenant = QuarkusTransaction.requiringNew().call(() -> {
            Tenant t = new Tenant();
            t.id = Ids.newId();
            t.slug = request.slug();
            t.loginPrefix = prefix;
            t.name = request.name().strip();
            t.timeZone = zone.getId();
            t.locale = locale.tag;
            t.currency = currency;
            t.country = country;
            t.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
            t.persistAndFlush();
            return t;
            });
        } catch (RuntimeException e) {
            // Two tenants created at once with the same slug or prefix: the unique indexes let one through.
            if (SqlStates.is(e, SqlStates.UNIQUE_VIOLATION)) {
                throw Tenant.count("slug", request.slug()) > 0 ? slugTaken(request.slug()) : prefixTaken(prefix);
            }
            throw e;
        }
        try {
            tenants.runAs(tenant.id, () -> QuarkusTransaction.requiringNew().run(() -> {
                audit.record("tenant.created", "tenant", tenant.id, null, TenantDtos.TenantView.of(tenant));
                settings.seedDefaults(country);
                calendar.seedDefaults();
                try {
                    staff.createFirstManager(managerName, request.manager().email(), request.manager().firstName(),
                            request.manager().lastName(), request.manager().password(),
                            request.manager().temporaryPassword() == null || request.manager().temporaryPassword());
                } catch (ProblemException refused) {
                    throw refused.withFieldPrefix("manager.");
                }
            }));
        } catch (RuntimeException e) {
            LOG.warnf("Creating tenant %s failed; removing it again", tenant.slug);
            QuarkusTransaction.requiringNew().run(() -> Tenant.deleteById(tenant.id));
            known.forget(tenant.id);
            throw e;
        }
        return TenantDtos.TenantView.of(tenant);
    }

    private static ProblemException slugTaken(String slug) {
        return new ProblemException(409, "slug-taken", "Slug taken", "A tenant with slug " + slug + " exists.",
                List.of(new FieldError("slug", "taken")));
    }

    private static ProblemException prefixTaken(String prefix) {
        return new ProblemException(409, "login-prefix-taken", "Login prefix taken",
                "Another tenant's logins start with " + prefix + ". Choose another loginPrefix.",
                List.of(new FieldError("loginPrefix", "taken")));
    }

    private static ZoneId zone(String requested) {
        if (requested == null || requested.isBlank()) {
            return ZoneId.of(DEFAULT_ZONE);
        }
        try {
            return ZoneId.of(requested);
        } catch (DateTimeException e) {
            throw ProblemException.invalidField("timeZone", "unknown time zone; use an IANA name like Asia/Shanghai");
        }
    }

    /** The requested country, else mainland China for its time zone, else none (weekends only). */
    private static String country(String requested, ZoneId zone) {
        if (requested != null) {
            if (!Set.of(java.util.Locale.getISOCountries()).contains(requested)) {
                throw ProblemException.invalidField("country", "unknown ISO 3166-1 alpha-2 country");
            }
            return requested;
        }
        return CHINA_ZONES.contains(zone.getId()) ? "CN" : null;
    }

    private static String currency(String requested) {
        if (requested == null) {
            return DEFAULT_CURRENCY;
        }
        try {
            return Currency.getInstance(requested).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("currency", "unknown ISO 4217 currency");
        }
    }
}
