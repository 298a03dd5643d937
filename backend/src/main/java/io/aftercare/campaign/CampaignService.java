package io.aftercare.campaign;

import io.aftercare.api.HumanNumbers;
import io.aftercare.api.Ids;
import io.aftercare.api.Keyset;
import io.aftercare.audit.AuditLog;
import io.aftercare.catalog.CatalogDtos;
import io.aftercare.catalog.CatalogService;
import io.aftercare.customer.CustomerDirectory;
import io.aftercare.customer.CustomerService;
import io.aftercare.notification.QuietHours;
import io.aftercare.persistence.KeysetQuery;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import io.aftercare.servicepoint.ServicePointService;
import io.aftercare.settings.SettingsService;
import io.aftercare.tenant.TenantDtos;
import io.aftercare.tenant.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Managers' maintenance campaigns: a draft is defined and changed, its audience counted, then launched once. Launching
 * writes the recipients and their messages into the outbox in one transaction; the outbox sends them in batches (after
 * the messages people wait for, outside the campaign's quiet hours) and the funnel is read from what happened since.
 */
@ApplicationScoped
public class CampaignService {

    static final String ENTITY = "campaign";

    private final CampaignSql sql;
    private final CustomerDirectory customers;
    private final CustomerService customerService;
    private final HumanNumbers numbers;
    private final CatalogService catalog;
    private final ServicePointService servicePoints;
    private final SettingsService settings;
    private final TenantService tenants;
    private final CurrentUser caller;
    private final AuditLog audit;
    private final String publicUrl;

    public CampaignService(CampaignSql sql, CustomerDirectory customers,
                           CustomerService customerService, HumanNumbers numbers, CatalogService catalog, ServicePointService servicePoints,
                           SettingsService settings, TenantService tenants, CurrentUser caller, AuditLog audit,
                           @ConfigProperty(name = "aftercare.public-url", defaultValue = "http://localhost:5173") String publicUrl) {
        this.sql = sql;
        this.customers = customers;
        this.customerService = customerService;
        this.numbers = numbers;
        this.catalog = catalog;
        this.servicePoints = servicePoints;
        this.settings = settings;
        this.tenants = tenants;
        this.caller = caller;
        this.audit = audit;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @Transactional
    public Keyset.Slice<CampaignDtos.CampaignView> list(CampaignDtos.Status status, Integer limit, String cursor) {
        KeysetQuery query = KeysetQuery.descending(limit, cursor);
        if (status != null) {
            query.and("status = :status", "status", status);
        }
        List<Campaign> rows = query.rows((where, params) -> Campaign.find(where, params));
        List<Campaign> page = rows.size() > query.limit() ? rows.subList(0, query.limit()) : rows;
        Map<UUID, CampaignDtos.Funnel> funnels = sql.funnels(page.stream().filter(c -> c.status != CampaignDtos.Status.DRAFT)
                .map(c -> c.id).toList());
        List<CampaignDtos.CampaignView> views = page.stream().map(c -> view(c, null, funnels.getOrDefault(c.id, CampaignDtos.Funnel.EMPTY)))
                .toList();
        return new Keyset.Slice<>(views, rows.size() > query.limit() ? Keyset.cursorOf(page.getLast().id) : null);
    }

    @Transactional
    public CampaignDtos.CampaignView get(UUID id) {
        return view(find(id));
    }

    @Transactional
    public CampaignDtos.Audience audience(CampaignDtos.AudienceRequest request) {
        CampaignDtos.Segment segment = checkedSegment(request.segment() == null ? CampaignDtos.Segment.EVERYONE : request.segment());
        return sql.audience(request.channel(), segment, today(), now());
    }

    @Transactional
    public CampaignDtos.CampaignView create(CampaignDtos.CampaignRequest request) {
        Campaign campaign = new Campaign();
        campaign.id = Ids.newId();
        campaign.number = numbers.next("MC");
        campaign.status = CampaignDtos.Status.DRAFT;
        campaign.createdAt = now();
        campaign.createdBy = caller.username();
        apply(campaign, request);
        campaign.persist();
        CampaignDtos.CampaignView view = view(campaign);
        audit.record("campaign.created", ENTITY, campaign.id, null, view);
        return view;
    }

    @Transactional
    public CampaignDtos.CampaignView update(UUID id, CampaignDtos.CampaignRequest request) {
        Campaign campaign = find(id);
        if (request.version() == null) {
            throw ProblemException.invalidField("version", "must not be null: send the version you read");
        }
        if (request.version() != campaign.version) {
            throw ProblemException.staleVersion("Campaign " + campaign.number, request.version(), campaign.version);
        }
        requireDraft(campaign, "changed");
        CampaignDtos.CampaignView before = view(campaign, null, CampaignDtos.Funnel.EMPTY);
        apply(campaign, request);
        Campaign.getEntityManager().flush();
        CampaignDtos.CampaignView after = view(campaign);
        audit.record("campaign.updated", ENTITY, id, before, after);
        return after;
    }

    /**
     * Writes a recipient per customer of the segment and a message per reachable one. The campaign row is locked, so
     * two launches of one draft (two people, two replicas) run one after the other and the second finds it LAUNCHED.
     */
    @Transactional
    public CampaignDtos.CampaignView launch(UUID id, CampaignDtos.VersionRequest request) {
        Campaign campaign = Campaign.<Campaign>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("The campaign " + id));
        if (request.version() != campaign.version) {
            throw ProblemException.staleVersion("Campaign " + campaign.number, request.version(), campaign.version);
        }
        requireDraft(campaign, "launched");
        LocalDate today = today();
        if (campaign.visitsUntil.isBefore(today.plusDays(1))) {
            throw new ProblemException(409, "campaign-dates-past", "Visit dates are past",
                    "Campaign " + campaign.number + " offers visits until " + campaign.visitsUntil + ": move the dates before launching.",
                    List.of(new FieldError("visitsUntil", "is not after today")));
        }
        TenantDtos.TenantView tenant = tenants.current();
        OffsetDateTime now = now();
        OffsetDateTime firstSend = campaign.sendAt != null && campaign.sendAt.isAfter(now) ? campaign.sendAt : now;
        QuietHours quiet = QuietHours.of(campaign.quietFrom, campaign.quietUntil);
        if (quiet != null) {
            firstSend = quiet.nextAllowed(firstSend, ZoneId.of(tenant.timeZone()));
        }
        int messages = sql.launch(campaign, tenant.locale().tag, tenant.name(), publicUrl + "/c/" + tenant.slug() + "/",
                campaign.visitsFrom.toString(), campaign.visitsUntil.toString(), firstSend, today, now);
        campaign.status = CampaignDtos.Status.LAUNCHED;
        campaign.launchedAt = now;
        campaign.launchedBy = caller.username();
        campaign.updatedAt = now;
        Campaign.getEntityManager().flush();
        CampaignDtos.CampaignView view = view(campaign);
        audit.record("campaign.launched", ENTITY, id, null, Map.of("messages", messages, "firstSend", firstSend.toString()));
        return view;
    }

    /** Stops a launched campaign: messages not sent yet are withdrawn; bookings made stay. A draft is just dropped. */
    @Transactional
    public CampaignDtos.CampaignView cancel(UUID id, CampaignDtos.VersionRequest request) {
        Campaign campaign = Campaign.<Campaign>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("The campaign " + id));
        if (request.version() != campaign.version) {
            throw ProblemException.staleVersion("Campaign " + campaign.number, request.version(), campaign.version);
        }
        if (campaign.status == CampaignDtos.Status.CANCELLED) {
            throw new ProblemException(409, "campaign-not-changeable", "Campaign cancelled already",
                    "Campaign " + campaign.number + " is cancelled already.", List.of(new FieldError("status", "is CANCELLED")));
        }
        int withdrawn = sql.withdrawPending(id);
        campaign.status = CampaignDtos.Status.CANCELLED;
        campaign.cancelledAt = now();
        campaign.updatedAt = campaign.cancelledAt;
        Campaign.getEntityManager().flush();
        audit.record("campaign.cancelled", ENTITY, id, null, Map.of("withdrawn", withdrawn));
        return view(campaign);
    }

    @Transactional
    public Keyset.Slice<CampaignDtos.RecipientView> recipients(UUID id, CampaignDtos.Stage stage, Integer limit, String cursor) {
        find(id);
        int size = Keyset.limit(limit);
        List<CampaignDtos.RecipientView> rows = sql.recipients(id, stage, Keyset.after(cursor), size + 1);
        List<CampaignDtos.RecipientView> page = rows.size() > size ? rows.subList(0, size) : rows;
        return new Keyset.Slice<>(page, rows.size() > size ? Keyset.cursorOf(page.getLast().id()) : null);
    }

    /**
     * A customer who asks by phone or letter is sent no campaign from now on, as if they had opted out through a link;
     * what waits for them is withdrawn. Opting out again changes nothing.
     */
    @Transactional
    public CampaignDtos.OptOut optOut(CampaignDtos.OptOutRequest request) {
        if (!customers.exists(request.customerId())) {
            throw ProblemException.invalidField("customerId", "no customer of your tenant has this id");
        }
        customerService.optOutOfCampaigns(request.customerId(), now());
        int withdrawn = sql.withdrawPendingOf(request.customerId());
        return new CampaignDtos.OptOut(request.customerId(), customerService.get(request.customerId()).campaignOptOutAt(), withdrawn);
    }

    // --- rules --------------------------------------------------------------------------------------------------

    private void apply(Campaign campaign, CampaignDtos.CampaignRequest request) {
        List<FieldError> errors = new ArrayList<>();
        CampaignDtos.Segment segment = request.segment() == null ? CampaignDtos.Segment.EVERYONE : request.segment();
        if (request.kind() == CampaignDtos.Kind.RECENT_INSTALLATIONS && segment.installedWithinMonths() == null) {
            // the built-in campaign carries over the usage-call setting: "recently installed" is the tenant's months
            segment = new CampaignDtos.Segment(settings.current().promises().recentInstallationMonths(), segment.productId(),
                    segment.warrantyEndingWithinDays(), segment.servicePointId(), segment.notServicedForMonths());
        }
        segment = checkedSegment(segment);
        String zh = request.messageZh() == null ? Messages.zh(request.kind()) : request.messageZh().strip();
        String en = request.messageEn() == null ? Messages.en(request.kind()) : request.messageEn().strip();
        Messages.check(zh, "messageZh", errors);
        Messages.check(en, "messageEn", errors);
        if (request.visitsUntil().isBefore(request.visitsFrom())) {
            errors.add(new FieldError("visitsUntil", "must not be before visitsFrom"));
        }
        if (request.visitsFrom().isAfter(today().plusYears(1))) {
            errors.add(new FieldError("visitsFrom", "must be within a year"));
        }
        if (request.visitsUntil().isAfter(request.visitsFrom().plusDays(92))) {
            errors.add(new FieldError("visitsUntil", "must be at most 92 days after visitsFrom"));
        }
        LocalTime quietFrom = request.quietFrom() == null ? null : LocalTime.parse(request.quietFrom());
        LocalTime quietUntil = request.quietUntil() == null ? null : LocalTime.parse(request.quietUntil());
        if ((quietFrom == null) != (quietUntil == null)) {
            errors.add(new FieldError(quietFrom == null ? "quietFrom" : "quietUntil", "must be given with the other end of the quiet hours"));
        } else if (quietFrom != null && quietFrom.equals(quietUntil)) {
            errors.add(new FieldError("quietUntil", "must differ from quietFrom"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("The campaign is not valid.", errors);
        }
        campaign.name = request.name().strip();
        campaign.kind = request.kind();
        campaign.channel = request.channel();
        campaign.installedWithinMonths = segment.installedWithinMonths();
        campaign.productId = segment.productId();
        campaign.warrantyEndingWithinDays = segment.warrantyEndingWithinDays();
        campaign.servicePointId = segment.servicePointId();
        campaign.notServicedForMonths = segment.notServicedForMonths();
        campaign.messageZh = zh;
        campaign.messageEn = en;
        campaign.visitsFrom = request.visitsFrom();
        campaign.visitsUntil = request.visitsUntil();
        campaign.slotCapacity = request.slotCapacity();
        campaign.quietFrom = quietFrom;
        campaign.quietUntil = quietUntil;
        campaign.sendAt = request.sendAt();
        campaign.updatedAt = now();
    }

    private CampaignDtos.Segment checkedSegment(CampaignDtos.Segment segment) {
        if (segment.productId() != null && catalog.summary(segment.productId())
                .filter(p -> p.kind() == CatalogDtos.CatalogItemKind.PRODUCT).isEmpty()) {
            throw ProblemException.invalidField("segment.productId", "is not a product in the catalogue");
        }
        if (segment.servicePointId() != null && !servicePoints.exists(segment.servicePointId())) {
            throw ProblemException.invalidField("segment.servicePointId", "is not a service point of this company");
        }
        return segment;
    }

    private static void requireDraft(Campaign campaign, String what) {
        if (campaign.status != CampaignDtos.Status.DRAFT) {
            throw new ProblemException(409, "campaign-not-changeable", "Campaign not a draft",
                    "Campaign " + campaign.number + " is " + campaign.status + " and can no longer be " + what + ".",
                    List.of(new FieldError("status", "is " + campaign.status)));
        }
    }

    private CampaignDtos.CampaignView view(Campaign c) {
        if (c.status == CampaignDtos.Status.DRAFT) {
            return view(c, sql.audience(c.channel, c.segment(), today(), now()), CampaignDtos.Funnel.EMPTY);
        }
        return view(c, null, sql.funnels(List.of(c.id)).getOrDefault(c.id, CampaignDtos.Funnel.EMPTY));
    }

    private CampaignDtos.CampaignView view(Campaign c, CampaignDtos.Audience audience, CampaignDtos.Funnel funnel) {
        String product = c.productId == null ? null : catalog.summary(c.productId).map(CatalogDtos.CatalogItemSummary::name).orElse(null);
        String servicePoint = c.servicePointId == null ? null : servicePoints.get(c.servicePointId).name();
        return new CampaignDtos.CampaignView(c.id, c.number, c.name, c.kind, c.channel, c.segment(), product, servicePoint, c.messageZh,
                c.messageEn, c.visitsFrom, c.visitsUntil, c.slotCapacity, hhmm(c.quietFrom), hhmm(c.quietUntil), c.sendAt, c.status,
                audience, funnel, c.createdAt, c.createdBy, c.launchedAt, c.launchedBy, c.cancelledAt, c.version);
    }

    private static String hhmm(LocalTime time) {
        return time == null ? null : "%02d:%02d".formatted(time.getHour(), time.getMinute());
    }

    private static Campaign find(UUID id) {
        return Campaign.<Campaign>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The campaign " + id));
    }

    private LocalDate today() {
        return now().atZoneSameInstant(tenants.currentZone()).toLocalDate();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
