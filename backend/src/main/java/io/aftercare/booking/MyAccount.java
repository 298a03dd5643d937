package io.aftercare.booking;

import io.aftercare.asset.AssetDtos;
import io.aftercare.asset.AssetService;
import io.aftercare.complaint.ComplaintDtos;
import io.aftercare.complaint.ComplaintService;
import io.aftercare.customer.CustomerDtos;
import io.aftercare.customer.CustomerService;
import io.aftercare.objection.ObjectionDtos;
import io.aftercare.objection.ObjectionService;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.servicerequest.ServiceRequestDtos;
import io.aftercare.servicerequest.ServiceRequestService;
import io.aftercare.settings.SettingsDtos;
import io.aftercare.settings.SettingsService;
import io.aftercare.tenant.TenantDtos;
import io.aftercare.tenant.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * What a signed-in customer does in their own account: book a visit for one of their products at one of their
 * addresses without typing who they are, raise an objection or a complaint about one of their requests, and keep
 * their e-mail, language, contacts and addresses up to date. Every id they send must be theirs: another customer's
 * answers as if it did not exist.
 */
@ApplicationScoped
public class MyAccount {

    private final BookingService bookings;
    private final BookingSlots slots;
    private final SettingsService settings;
    private final TenantService tenants;
    private final CustomerService customers;
    private final AssetService assets;
    private final ServiceRequestService requests;
    private final ObjectionService objections;
    private final ComplaintService complaints;

    public MyAccount(BookingService bookings, BookingSlots slots, SettingsService settings, TenantService tenants, CustomerService customers,
                     AssetService assets, ServiceRequestService requests, ObjectionService objections, ComplaintService complaints) {
        this.bookings = bookings;
        this.slots = slots;
        this.settings = settings;
        this.tenants = tenants;
        this.customers = customers;
        this.assets = assets;
        this.requests = requests;
        this.objections = objections;
        this.complaints = complaints;
    }

    @Transactional
    public BookingDtos.MyBookingOptions bookingOptions(UUID customerId) {
        CustomerDtos.CustomerView me = customers.get(customerId);
        TenantDtos.TenantView tenant = tenants.current();
        SettingsDtos.BookingSettings rules = settings.current().booking();
        List<BookingDtos.MyBookingProduct> products = assets.ofCustomer(customerId, CustomerPortal.MAX_PRODUCTS).stream()
                .map(a -> new BookingDtos.MyBookingProduct(a.id(), a.productName(), a.serialNumber(), a.underWarranty())).toList();
        return new BookingDtos.MyBookingOptions(me.name(), tenant.timeZone(), List.of(BookingDtos.Service.values()), products, addresses(me),
                slots.free(ZoneId.of(tenant.timeZone()), OffsetDateTime.now(ZoneOffset.UTC), rules.daysAhead(), rules.slotMinutes()),
                rules.changeCutoffHours());
    }

    @Transactional
    public BookingDtos.Receipt book(UUID customerId, BookingDtos.MyBookingRequest request) {
        CustomerDtos.CustomerView me = customers.get(customerId);
        List<AssetDtos.AssetView> owned = assets.ofCustomer(customerId, CustomerPortal.MAX_PRODUCTS);
        UUID productId = request.productId();
        if (productId != null && owned.stream().noneMatch(a -> a.id().equals(productId))) {
            throw ProblemException.invalidField("productId", "is not one of your products");
        }
        if (productId == null && request.service() != BookingDtos.Service.INSTALLATION && !owned.isEmpty()) {
            throw ProblemException.invalidField("productId", "choose which of your products it is about");
        }
        UUID addressId = request.addressId();
        if (addressId != null && me.sites().stream().noneMatch(s -> s.id().equals(addressId))) {
            throw ProblemException.invalidField("addressId", "is not one of your addresses");
        }
        UUID site = addressId != null ? addressId : me.sites().stream().map(CustomerDtos.SiteView::id).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("addressId", "add an address first"));
        return bookings.bookForCustomer(customerId, site, productId, ServiceRequestDtos.Category.valueOf(request.service().name()),
                request.problem().strip(), request.slot(), settings.current().booking().daysAhead()).receipt();
    }

    @Transactional
    public BookingDtos.FeedbackReceipt objection(UUID customerId, String number, BookingDtos.ObjectionRequest request) {
        ServiceRequestDtos.ServiceRequestView mine = mine(customerId, number);
        return new BookingDtos.FeedbackReceipt(objections.create(new ObjectionDtos.CreateObjectionRequest(customerId, mine.workOrderId(),
                "[" + mine.number() + "] " + request.description().strip())).number());
    }

    @Transactional
    public BookingDtos.FeedbackReceipt complaint(UUID customerId, String number, BookingDtos.ComplaintRequest request) {
        ServiceRequestDtos.ServiceRequestView mine = mine(customerId, number);
        if (mine.workOrderId() == null) {
            throw new ProblemException(409, "no-visit-yet", "No visit yet",
                    "Request " + mine.number() + " has had no visit to complain about; raise an objection instead.",
                    List.of(new FieldError("number", "has no visit")));
        }
        CustomerDtos.CustomerView me = customers.get(customerId);
        return new BookingDtos.FeedbackReceipt(complaints.create(new ComplaintDtos.CreateComplaintRequest(ComplaintDtos.Channel.WEB,
                request.category(), mine.workOrderId(), null, customerId, me.name(), null, request.description().strip(), null)).number());
    }

    @Transactional
    public BookingDtos.MyProfile profile(UUID customerId) {
        return profile(customers.get(customerId));
    }

    @Transactional
    public BookingDtos.MyProfile updateProfile(UUID customerId, BookingDtos.ProfileRequest request) {
        CustomerDtos.CustomerView me = customers.get(customerId);
        return profile(customers.update(customerId, new CustomerDtos.UpdateCustomerRequest(request.version(), me.kind(), me.name(), me.phone(),
                request.email(), me.notes(), request.language())));
    }

    @Transactional
    public CustomerDtos.ContactView addContact(UUID customerId, CustomerDtos.ContactRequest request) {
        return customers.addContact(customerId, request);
    }

    @Transactional
    public CustomerDtos.ContactView updateContact(UUID customerId, UUID contactId, CustomerDtos.UpdateContactRequest request) {
        return customers.updateContact(customerId, contactId, request);
    }

    @Transactional
    public void removeContact(UUID customerId, UUID contactId) {
        customers.removeContact(customerId, contactId);
    }

    @Transactional
    public CustomerDtos.SiteView addAddress(UUID customerId, CustomerDtos.SiteRequest request) {
        return customers.addSite(customerId, request);
    }

    @Transactional
    public CustomerDtos.SiteView updateAddress(UUID customerId, UUID siteId, CustomerDtos.UpdateSiteRequest request) {
        return customers.updateSite(customerId, siteId, request);
    }

    @Transactional
    public void removeAddress(UUID customerId, UUID siteId) {
        customers.removeSite(customerId, siteId);
    }

    private ServiceRequestDtos.ServiceRequestView mine(UUID customerId, String number) {
        return requests.get(requests.idOf(customerId, number).orElseThrow(() -> ProblemException.notFound("Request " + number)));
    }

    private static List<BookingDtos.MyAddress> addresses(CustomerDtos.CustomerView me) {
        return me.sites().stream().map(s -> new BookingDtos.MyAddress(s.id(), s.label(), s.address())).toList();
    }

    private static BookingDtos.MyProfile profile(CustomerDtos.CustomerView me) {
        return new BookingDtos.MyProfile(me.name(), me.phone(), me.email(), me.language(), me.contacts(), me.sites(), me.campaignOptOutAt(),
                me.version());
    }
}
