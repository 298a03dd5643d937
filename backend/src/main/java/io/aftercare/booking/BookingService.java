package io.aftercare.booking;

import java.util.concurrent.atomic.AtomicReference;
import io.aftercare.api.Idempotency;
import io.aftercare.catalog.CatalogDtos;
import io.aftercare.catalog.CatalogService;
import io.aftercare.customer.CustomerDirectory;
import io.aftercare.customer.CustomerDtos;
import io.aftercare.customer.CustomerService;
import io.aftercare.notification.Notifications;
import io.aftercare.notification.Template;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import io.aftercare.servicerequest.ServiceRequestDtos;
import io.aftercare.servicerequest.ServiceRequestService;
import io.aftercare.settings.SettingsDtos;
import io.aftercare.settings.SettingsService;
import io.aftercare.staff.StaffDtos;
import io.aftercare.staff.StaffService;
import io.aftercare.tenancy.TenantContext;
import io.aftercare.tenant.TenantDtos;
import io.aftercare.tenant.TenantService;
import io.aftercare.workorder.WorkOrderDtos;
import io.aftercare.workorder.ServiceReportPdf;
import io.aftercare.workorder.WorkOrderQueries;
import io.aftercare.workorder.WorkOrderLifecycle;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Online booking without a login: the options (services, products, free slots), the booking itself (a WEB service
 * request with a tracking code), and what the customer may do through the tracking link: see the status and the
 * appointment, confirm, reschedule or cancel until the tenant's cut-off, and sign off and rate the work.
 */
@ApplicationScoped
public class BookingService {

    private static final String NOT_FOUND = "No booking has this tracking code.";

    private final TenantService tenantService;
    private final TenantContext tenants;
    private final SettingsService settings;
    private final CustomerService customers;
    private final CustomerDirectory customerDirectory;
    private final CatalogService catalog;
    private final ServiceRequestService requests;
    private final WorkOrderQueries workOrders;
    private final WorkOrderLifecycle lifecycle;
    private final StaffService staff;
    private final BookingSlots slots;
    private final BookingLimits limits;
    private final TrackingCodes codes;
    private final Notifications notifications;
    private final CurrentUser caller;
    private final String publicUrl;
    private final Idempotency idempotency;
    private final ServiceReportPdf reports;

    public BookingService(TenantService tenantService, TenantContext tenants, SettingsService settings, CustomerService customers,
                          CustomerDirectory customerDirectory, CatalogService catalog, ServiceRequestService requests, WorkOrderQueries workOrders,
                          WorkOrderLifecycle lifecycle, StaffService staff,
                          BookingSlots slots, BookingLimits limits, TrackingCodes codes, Notifications notifications, CurrentUser caller,
                          Idempotency idempotency, ServiceReportPdf reports,
                          @ConfigProperty(name = "aftercare.public-url", defaultValue = "http://localhost:5173") String publicUrl) {
        this.tenantService = tenantService;
        this.tenants = tenants;
        this.settings = settings;
        this.customers = customers;
        this.customerDirectory = customerDirectory;
        this.catalog = catalog;
        this.requests = requests;
        this.workOrders = workOrders;
        this.lifecycle = lifecycle;
        this.staff = staff;
        this.slots = slots;
        this.limits = limits;
        this.codes = codes;
        this.notifications = notifications;
        this.caller = caller;
        this.idempotency = idempotency;
        this.reports = reports;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    public BookingDtos.Options options(String slug) {
        TenantDtos.TenantView tenant = tenant(slug);
        return as(tenant.id(), () -> {
            SettingsDtos.BookingSettings rules = settings.current().booking();
            List<BookingDtos.Product> products = catalog.list(CatalogDtos.CatalogItemKind.PRODUCT, null, 200, null).items().stream()
                    .map(p -> new BookingDtos.Product(p.id(), p.name())).toList();
            return new BookingDtos.Options(tenant.name(), tenant.timeZone(), tenant.locale().tag,
                    List.of(BookingDtos.Service.values()), products,
                    slots.free(ZoneId.of(tenant.timeZone()), now(), rules.daysAhead(), rules.slotMinutes()), rules.changeCutoffHours());
        });
    }

    public Idempotency.Outcome<BookingDtos.Receipt> book(String slug, String clientAddress, String idempotencyKey,
                                                         BookingDtos.CreateBookingRequest body) {
        TenantDtos.TenantView tenant = tenant(slug);
        limits.admitAddress(slug, clientAddress);
        limits.admitPhone(slug, CustomerDirectory.phoneKey(body.phone()));
        return as(tenant.id(), () -> {
            caller.actAs("customer (online booking)");
            AtomicReference<String> freshCode = new AtomicReference<>();
            var outcome = idempotency.execute("booking:" + CustomerDirectory.phoneKey(body.phone()), idempotencyKey, "createBooking",
                    body, Booked.class, () -> register(tenant, body, freshCode));
            // A retry means the first answer never reached the customer: the same booking gets a new code and the first
            // one stops working, so that no code is ever stored, only its hash.
            String code = outcome.replayed() ? codes.reissue(outcome.body().requestId()) : freshCode.get();
            String url = publicUrl + "/track/" + code;
            return new Idempotency.Outcome<>(new BookingDtos.Receipt(code, outcome.body().number(), url), outcome.replayed());
        });
    }

    /** The booking an idempotent retry finds again (never its tracking code). */
    record Booked(UUID requestId, String number) {
    }

    private Booked register(TenantDtos.TenantView tenant, BookingDtos.CreateBookingRequest body, AtomicReference<String> freshCode) {
        requireFreeSlot(tenant, body.preferredSlot(), "preferredSlot");
        String description = body.problem().strip();
        if (body.productId() != null) {
            CatalogDtos.CatalogItemSummary product = catalog.summary(body.productId())
                    .filter(p -> p.kind() == CatalogDtos.CatalogItemKind.PRODUCT)
                    .orElseThrow(() -> ProblemException.invalidField("productId", "is not a product of the booking options"));
            description += "\n" + product.name() + (body.serialNumber() == null || body.serialNumber().isBlank()
                    ? "" : " (S/N " + body.serialNumber().strip() + ")");
        }
        UUID customerId = customerDirectory.idsByPhone(List.of(body.phone())).get(CustomerDirectory.phoneKey(body.phone()));
        UUID siteId;
        if (customerId == null) {
            CustomerDtos.CustomerView created = customers.create(new CustomerDtos.CreateCustomerRequest(CustomerDtos.CustomerKind.PERSON,
                    body.name().strip(), body.phone().strip(), null, null, null,
                    List.of(new CustomerDtos.SiteRequest(siteLabel(1), body.address().strip(), null, null)), null));
            customerId = created.id();
            siteId = created.sites().getFirst().id();
        } else {
            siteId = site(customerId, body.address().strip());
        }
        ServiceRequestDtos.ServiceRequestView request = requests.registerBooking(new ServiceRequestDtos.CreateServiceRequest(
                        ServiceRequestDtos.Channel.WEB, customerId, null, null, ServiceRequestDtos.Category.valueOf(body.service().name()),
                        description), siteId, body.preferredSlot());
        String code = codes.newCode();
        codes.register(code, request.id());
        freshCode.set(code);
        String url = publicUrl + "/track/" + code;
        notifications.toCustomer(customerId, "booking:" + request.id(), Template.BOOKING_RECEIVED, request.number(), url);
        return new Booked(request.id(), request.number());
    }

    /** The booking behind a code; an unknown code answers 404. */
    public BookingDtos.Status status(String code) {
        TrackingCodes.Target target = codes.find(code).orElseThrow(BookingService::notFound);
        return as(target.tenantId(), () -> status(target));
    }

    /**
     * The booking behind a code under a tenant's address. Another tenant's code answers exactly like an unknown one:
     * the same two lookups, the same 404.
     */
    public BookingDtos.Status status(String slug, String code) {
        var tenant = tenantService.findBySlug(slug);
        var target = codes.find(code);
        if (tenant.isEmpty() || target.isEmpty() || !tenant.get().id().equals(target.get().tenantId())) {
            throw notFound();
        }
        return as(target.get().tenantId(), () -> status(target.get()));
    }

    public BookingDtos.Status confirm(String code) {
        return act(code, (request, order) -> {
            BookingDtos.Status now = status(request, order);
            if (!now.canConfirm()) {
                throw notNow("confirm", now);
            }
            requests.markConfirmed(request.id());
            lifecycle.confirmByCustomer(order.id());
        });
    }

    public BookingDtos.Status reschedule(String code, BookingDtos.RescheduleRequest body) {
        return act(code, rescheduling(body));
    }

    public BookingDtos.Status cancel(String code, BookingDtos.CancelRequest body) {
        return act(code, cancelling(body));
    }

    public BookingDtos.Status signOff(String code, BookingDtos.SignOffRequest body) {
        return act(code, signingOff(body));
    }

    /** A signed-in customer moves one of their own requests, by its number; another customer's answers 404. */
    public BookingDtos.Status rescheduleMine(UUID customerId, String number, BookingDtos.RescheduleRequest body) {
        return actMine(customerId, number, rescheduling(body));
    }

    public BookingDtos.Status cancelMine(UUID customerId, String number, BookingDtos.CancelRequest body) {
        return actMine(customerId, number, cancelling(body));
    }

    public BookingDtos.Status signOffMine(UUID customerId, String number, BookingDtos.SignOffRequest body) {
        return actMine(customerId, number, signingOff(body));
    }

    private Action rescheduling(BookingDtos.RescheduleRequest body) {
        return (request, order) -> {
            BookingDtos.Status now = status(request, order);
            if (!now.canReschedule()) {
                throw notNow("reschedule", now);
            }
            TenantDtos.TenantView tenant = currentTenant();
            requireFreeSlot(tenant, body.slot(), "slot");
            if (order == null) {
                requests.changePreferredSlot(request.id(), body.slot());
            } else {
                lifecycle.reschedule(order.id(), order.version(), new WorkOrderDtos.Appointment(body.slot().start(), body.slot().end()),
                        "moved by the customer online");
            }
        };
    }

    private Action cancelling(BookingDtos.CancelRequest body) {
        return (request, order) -> {
            BookingDtos.Status now = status(request, order);
            if (!now.canCancel()) {
                throw notNow("cancel", now);
            }
            String reason = body == null || body.reason() == null || body.reason().isBlank()
                    ? "cancelled by the customer online" : body.reason().strip();
            if (order == null) {
                requests.cancelByCustomer(request.id(), reason);
            } else {
                lifecycle.cancel(order.id(), new WorkOrderDtos.CancelRequest(order.version(), reason));
            }
        };
    }

    private Action signingOff(BookingDtos.SignOffRequest body) {
        return (request, order) -> {
            BookingDtos.Status now = status(request, order);
            if (!now.canSignOff()) {
                throw notNow("sign off", now);
            }
            lifecycle.signOff(order.id(), new WorkOrderDtos.SignOffRequest(order.version(), body.signaturePng(), body.ratings(),
                    body.suggestions(), body.refused(), body.refusalReason()));
        };
    }

    /** The signed service report of the order behind a tracking code; 404 for an unknown code or before there is an order. */
    public ServiceReportPdf.Rendered serviceReport(String code, String language) {
        TrackingCodes.Target target = codes.find(code).orElseThrow(BookingService::notFound);
        return as(target.tenantId(), () -> {
            ServiceRequestDtos.ServiceRequestView request = requests.get(target.requestId());
            if (request.workOrderId() == null) {
                throw ProblemException.notFound("A service report for this booking");
            }
            return reports.forCustomer(request.customerId(), request.workOrderId(), reports.localeOr(language));
        });
    }

    /** A signed-in customer's own requests, newest first. */
    public BookingDtos.StatusList ofCustomer(UUID customerId) {
        List<ServiceRequestDtos.ServiceRequestView> own = requests.ofCustomer(customerId, 50);
        Map<UUID, WorkOrderDtos.WorkOrderView> orders = workOrders.views(
                own.stream().map(ServiceRequestDtos.ServiceRequestView::workOrderId).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<UUID, StaffDtos.StaffUserView> installers = staff.byIds(orders.values().stream()
                .map(WorkOrderDtos.WorkOrderView::leadInstallerId).filter(Objects::nonNull).collect(Collectors.toSet()));
        TenantDtos.TenantView tenant = currentTenant();
        int cutoff = settings.current().booking().changeCutoffHours();
        return new BookingDtos.StatusList(own.stream().map(r -> {
            WorkOrderDtos.WorkOrderView order = r.workOrderId() == null ? null : orders.get(r.workOrderId());
            StaffDtos.StaffUserView installer = order == null || order.leadInstallerId() == null ? null : installers.get(order.leadInstallerId());
            return BookingStatuses.of(tenant, cutoff, r, order, installer);
        }).toList());
    }

    // --- mechanics ----------------------------------------------------------------------------------------

    private interface Action {
        void apply(ServiceRequestDtos.ServiceRequestView request, WorkOrderDtos.WorkOrderView order);
    }

    private BookingDtos.Status act(String code, Action action) {
        TrackingCodes.Target target = codes.find(code).orElseThrow(BookingService::notFound);
        return as(target.tenantId(), () -> {
            caller.actAs("customer (tracking link)");
            ServiceRequestDtos.ServiceRequestView request = requests.get(target.requestId());
            WorkOrderDtos.WorkOrderView order = request.workOrderId() == null ? null : workOrders.views(Set.of(request.workOrderId()))
                    .get(request.workOrderId());
            action.apply(request, order);
            return status(target);
        });
    }

    private BookingDtos.Status actMine(UUID customerId, String number, Action action) {
        return QuarkusTransaction.requiringNew().call(() -> {
            UUID id = requests.idOf(customerId, number).orElseThrow(BookingService::notFound);
            ServiceRequestDtos.ServiceRequestView request = requests.get(id);
            WorkOrderDtos.WorkOrderView order = request.workOrderId() == null ? null : workOrders.views(Set.of(request.workOrderId()))
                    .get(request.workOrderId());
            action.apply(request, order);
            return status(new TrackingCodes.Target(tenants.require(), id));
        });
    }

    private BookingDtos.Status status(TrackingCodes.Target target) {
        ServiceRequestDtos.ServiceRequestView request = requests.get(target.requestId());
        WorkOrderDtos.WorkOrderView order = request.workOrderId() == null ? null
                : workOrders.views(Set.of(request.workOrderId())).get(request.workOrderId());
        return status(request, order);
    }

    private BookingDtos.Status status(ServiceRequestDtos.ServiceRequestView request, WorkOrderDtos.WorkOrderView order) {
        StaffDtos.StaffUserView installer = order == null || order.leadInstallerId() == null ? null
                : staff.byIds(Set.of(order.leadInstallerId())).get(order.leadInstallerId());
        TenantDtos.TenantView tenant = currentTenant();
        return BookingStatuses.of(tenant, settings.current().booking().changeCutoffHours(), request, order, installer);
    }

    /**
     * A visit booked for a customer on record (from a campaign's personal link): the slot must be one of the free slots
     * of the next {@code days} days; the customer gets the tracking link as an anonymous booking does.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public KnownCustomerBooking bookForCustomer(UUID customerId, UUID siteId, UUID assetId, ServiceRequestDtos.Category category,
                                               String description, ServiceRequestDtos.Slot slot, int days) {
        TenantDtos.TenantView tenant = currentTenant();
        requireFreeSlot(tenant, slot, "slot", days);
        ServiceRequestDtos.ServiceRequestView request = requests.registerBooking(new ServiceRequestDtos.CreateServiceRequest(
                ServiceRequestDtos.Channel.WEB, customerId, null, assetId, category, description), siteId, slot);
        String code = codes.newCode();
        codes.register(code, request.id());
        String url = publicUrl + "/track/" + code;
        notifications.toCustomer(customerId, "booking:" + request.id(), Template.BOOKING_RECEIVED, request.number(), url);
        return new KnownCustomerBooking(request.id(), new BookingDtos.Receipt(code, request.number(), url));
    }

    /** A booking for a customer on record: its request, and the receipt with the tracking code. */
    public record KnownCustomerBooking(UUID requestId, BookingDtos.Receipt receipt) {
    }

    private void requireFreeSlot(TenantDtos.TenantView tenant, ServiceRequestDtos.Slot slot, String field) {
        requireFreeSlot(tenant, slot, field, settings.current().booking().daysAhead());
    }

    private void requireFreeSlot(TenantDtos.TenantView tenant, ServiceRequestDtos.Slot slot, String field, int days) {
        if (!slot.end().isAfter(slot.start())) {
            throw ProblemException.invalidField(field + ".end", "must be after " + field + ".start");
        }
        SettingsDtos.BookingSettings rules = settings.current().booking();
        boolean free = slots.free(ZoneId.of(tenant.timeZone()), now(), days, rules.slotMinutes()).stream()
                .anyMatch(s -> s.start().isEqual(slot.start()) && s.end().isEqual(slot.end()));
        if (!free) {
            throw new ProblemException(409, "slot-not-free", "Slot not free",
                    "The slot is not one of the free slots offered; please pick another from the booking options.",
                    List.of(new FieldError(field, "is not a free slot")));
        }
    }

    /** The customer's site at this address, added when new. */
    private UUID site(UUID customerId, String address) {
        List<CustomerDtos.SiteView> sites = customers.get(customerId).sites();
        return sites.stream().filter(s -> s.address().strip().equalsIgnoreCase(address)).map(CustomerDtos.SiteView::id).findFirst()
                .orElseGet(() -> {
                    Set<String> labels = sites.stream().map(CustomerDtos.SiteView::label).collect(Collectors.toSet());
                    int n = 1;
                    while (labels.contains(siteLabel(n))) {
                        n++;
                    }
                    return customers.addSite(customerId, new CustomerDtos.SiteRequest(siteLabel(n), address, null, null)).id();
                });
    }

    private static String siteLabel(int n) {
        return n == 1 ? "Online booking" : "Online booking " + n;
    }

    private TenantDtos.TenantView currentTenant() {
        return tenantService.find(tenants.require()).orElseThrow();
    }

    private TenantDtos.TenantView tenant(String slug) {
        return tenantService.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("The booking page " + slug));
    }

    private <T> T as(UUID tenant, Supplier<T> work) {
        return tenants.runAs(tenant, () -> QuarkusTransaction.requiringNew().call(work::get));
    }

    private static ProblemException notFound() {
        return new ProblemException(404, "not-found", "Not found", NOT_FOUND, null);
    }

    private static ProblemException notNow(String what, BookingDtos.Status status) {
        return new ProblemException(409, "booking-not-changeable", "Not possible now",
                "You cannot " + what + " this booking now (it is " + status.stage()
                        + (status.changeDeadline() != null ? "; changes online were possible until " + status.changeDeadline() : "") + ").",
                List.of(new FieldError("stage", "is " + status.stage())));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
