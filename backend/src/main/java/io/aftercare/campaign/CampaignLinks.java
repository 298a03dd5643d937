package io.aftercare.campaign;

import io.aftercare.asset.AssetDtos;
import io.aftercare.asset.AssetService;
import io.aftercare.booking.BookingDtos;
import io.aftercare.booking.BookingService;
import io.aftercare.booking.BookingSlots;
import io.aftercare.customer.CustomerDtos;
import io.aftercare.customer.CustomerService;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import io.aftercare.servicerequest.ServiceRequestDtos;
import io.aftercare.servicerequest.ServiceRequestService;
import io.aftercare.settings.SettingsService;
import io.aftercare.tenancy.TenantContext;
import io.aftercare.tenant.TenantDtos;
import io.aftercare.tenant.TenantService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A customer's personal campaign link: opening it is recorded (the funnel's "opened"), it shows their products and the
 * campaign's free slots, books a maintenance visit at most once, and opts the customer out of campaigns for good. An
 * unknown token, or one of another tenant, answers 404 like any missing thing.
 */
@ApplicationScoped
public class CampaignLinks {

    private final TenantService tenantService;
    private final TenantContext tenants;
    private final CustomerService customers;
    private final AssetService assets;
    private final BookingSlots slots;
    private final BookingService bookings;
    private final SettingsService settings;
    private final CampaignSql sql;
    private final CurrentUser caller;
    private final ServiceRequestService requests;

    public CampaignLinks(TenantService tenantService, TenantContext tenants, CustomerService customers, AssetService assets,
                         BookingSlots slots, BookingService bookings, SettingsService settings, CampaignSql sql, CurrentUser caller,
                         ServiceRequestService requests) {
        this.requests = requests;
        this.tenantService = tenantService;
        this.tenants = tenants;
        this.customers = customers;
        this.assets = assets;
        this.slots = slots;
        this.bookings = bookings;
        this.settings = settings;
        this.sql = sql;
        this.caller = caller;
    }

    public CampaignDtos.LinkView open(String slug, String token) {
        return inTenant(slug, tenant -> {
            CampaignRecipient recipient = recipient(token, false);
            if (recipient.openedAt == null) {
                recipient.openedAt = now();
            }
            return view(tenant, recipient, Campaign.findById(recipient.campaignId));
        });
    }

    public CampaignDtos.LinkBooked book(String slug, String token, CampaignDtos.LinkBookingRequest request) {
        return inTenant(slug, tenant -> {
            caller.actAs("customer (campaign link)");
            CampaignRecipient peek = recipient(token, false);
            // bookings of one campaign take its row lock in turn, so two customers cannot both take a slot's last place
            Campaign campaign = Campaign.<Campaign>findByIdOptional(peek.campaignId, LockModeType.PESSIMISTIC_WRITE).orElseThrow();
            CampaignRecipient recipient = recipient(token, true);
            if (recipient.bookedAt != null) {
                throw new ProblemException(409, "campaign-already-booked", "Already booked",
                        "A visit was booked through this link already; follow it with the tracking link we sent you.",
                        List.of(new FieldError("token", "booked already")));
            }
            ZoneId zone = ZoneId.of(tenant.timeZone());
            if (!open(campaign, zone)) {
                throw new ProblemException(409, "campaign-closed", "Campaign closed",
                        "This campaign no longer takes bookings.", List.of(new FieldError("token", "campaign closed")));
            }
            LocalDate day = request.slot().start().atZoneSameInstant(zone).toLocalDate();
            if (day.isBefore(campaign.visitsFrom) || day.isAfter(campaign.visitsUntil)) {
                throw ProblemException.invalidField("slot.start", "must be between " + campaign.visitsFrom + " and " + campaign.visitsUntil);
            }
            long taken = sql.bookedPerSlot(campaign.id).getOrDefault(request.slot().start().toInstant(), 0L);
            if (taken >= campaign.slotCapacity) {
                throw new ProblemException(409, "slot-not-free", "Slot not free", "This slot is fully booked for the campaign; pick another.",
                        List.of(new FieldError("slot", "is full")));
            }
            CustomerDtos.CustomerView customer = customers.get(recipient.customerId);
            UUID siteId = site(customer, request.siteId());
            UUID assetId = request.assetId();
            List<AssetDtos.AssetView> owned = assets.ofCustomer(customer.id(), 100);
            if (assetId != null && owned.stream().noneMatch(a -> a.id().equals(assetId))) {
                throw ProblemException.invalidField("assetId", "is not one of your products");
            }
            String description = "Maintenance campaign " + campaign.number + " " + campaign.name
                    + (request.note() == null || request.note().isBlank() ? "" : "\n" + request.note().strip());
            BookingService.KnownCustomerBooking booked = bookings.bookForCustomer(customer.id(), siteId, assetId,
                    ServiceRequestDtos.Category.MAINTENANCE, description, request.slot(), daysUntil(campaign.visitsUntil, zone));
            recipient.bookedAt = now();
            recipient.bookedSlotStart = request.slot().start();
            recipient.serviceRequestId = booked.requestId();
            if (recipient.openedAt == null) {
                recipient.openedAt = recipient.bookedAt;
            }
            return new CampaignDtos.LinkBooked(booked.receipt().number(), booked.receipt().trackingCode(), booked.receipt().trackingUrl(),
                    request.slot());
        });
    }

    /** The customer is sent no campaign again; what was waiting to go out to them is withdrawn. */
    public CampaignDtos.LinkView optOut(String slug, String token) {
        return inTenant(slug, tenant -> {
            CampaignRecipient recipient = recipient(token, true);
            OffsetDateTime now = now();
            customers.optOutOfCampaigns(recipient.customerId, now);
            if (recipient.optedOutAt == null) {
                recipient.optedOutAt = now;
            }
            if (recipient.openedAt == null) {
                recipient.openedAt = now;
            }
            sql.withdrawPendingOf(recipient.customerId);
            return view(tenant, recipient, Campaign.findById(recipient.campaignId));
        });
    }

    private CampaignDtos.LinkView view(TenantDtos.TenantView tenant, CampaignRecipient recipient, Campaign campaign) {
        ZoneId zone = ZoneId.of(tenant.timeZone());
        CustomerDtos.CustomerView customer = customers.get(recipient.customerId);
        List<CampaignDtos.LinkProduct> products = assets.ofCustomer(customer.id(), 100).stream()
                .map(a -> new CampaignDtos.LinkProduct(a.id(), a.productName(), a.installDate(), a.warrantyEnd())).toList();
        List<CampaignDtos.LinkSite> sites = customer.sites().stream().limit(20)
                .map(s -> new CampaignDtos.LinkSite(s.id(), s.label(), s.address())).toList();
        boolean open = open(campaign, zone) && recipient.bookedAt == null;
        List<BookingDtos.FreeSlot> free = open ? freeSlots(campaign, zone) : List.of();
        CampaignDtos.LinkBooking booking = null;
        if (recipient.bookedAt != null) {
            booking = new CampaignDtos.LinkBooking(requestNumber(recipient.serviceRequestId), new ServiceRequestDtos.Slot(
                    recipient.bookedSlotStart, recipient.bookedSlotStart.plusMinutes(settings.current().booking().slotMinutes())));
        }
        return new CampaignDtos.LinkView(tenant.name(), tenant.slug(), tenant.timeZone(), campaign.name, customer.name(),
                recipient.language, campaign.visitsFrom, campaign.visitsUntil, open, customer.campaignOptOutAt() != null, booking,
                products, sites, free);
    }

    private String requestNumber(UUID requestId) {
        return requestId == null ? null : requests.get(requestId).number();
    }

    /** The general free slots within the campaign's dates, with the room the campaign has left in each. */
    private List<BookingDtos.FreeSlot> freeSlots(Campaign campaign, ZoneId zone) {
        int days = daysUntil(campaign.visitsUntil, zone);
        if (days < 1) {
            return List.of();
        }
        Map<Instant, Long> booked = sql.bookedPerSlot(campaign.id);
        return slots.free(zone, now(), days, settings.current().booking().slotMinutes()).stream()
                .filter(s -> !s.start().atZoneSameInstant(zone).toLocalDate().isBefore(campaign.visitsFrom))
                .map(s -> new BookingDtos.FreeSlot(s.start(), s.end(),
                        (int) Math.min(s.free(), campaign.slotCapacity - booked.getOrDefault(s.start().toInstant(), 0L))))
                .filter(s -> s.free() > 0)
                .toList();
    }

    /** Days from tomorrow to the last visit day, both counted. */
    private static int daysUntil(LocalDate last, ZoneId zone) {
        LocalDate tomorrow = now().atZoneSameInstant(zone).toLocalDate().plusDays(1);
        return (int) ChronoUnit.DAYS.between(tomorrow, last) + 1;
    }

    private static boolean open(Campaign campaign, ZoneId zone) {
        return campaign.status == CampaignDtos.Status.LAUNCHED && daysUntil(campaign.visitsUntil, zone) >= 1;
    }

    private static UUID site(CustomerDtos.CustomerView customer, UUID siteId) {
        if (siteId != null) {
            if (customer.sites().stream().noneMatch(s -> s.id().equals(siteId))) {
                throw ProblemException.invalidField("siteId", "is not one of your addresses");
            }
            return siteId;
        }
        return customer.sites().stream().map(CustomerDtos.SiteView::id).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("siteId", "no address on record: please call us to book"));
    }

    private static CampaignRecipient recipient(String token, boolean lock) {
        var query = CampaignRecipient.<CampaignRecipient>find("token", token);
        if (lock) {
            query.withLock(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.firstResultOptional().orElseThrow(() -> ProblemException.notFound("The campaign link"));
    }

    private <T> T inTenant(String slug, java.util.function.Function<TenantDtos.TenantView, T> work) {
        TenantDtos.TenantView tenant = tenantService.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("The campaign link"));
        Supplier<T> inTransaction = () -> QuarkusTransaction.requiringNew().call(() -> work.apply(tenant));
        return tenants.runAs(tenant.id(), inTransaction);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
