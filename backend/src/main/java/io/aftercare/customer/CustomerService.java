package io.aftercare.customer;

import io.aftercare.api.Ids;
import io.aftercare.api.Keyset;
import io.aftercare.api.Texts;
import io.aftercare.audit.AuditLog;
import io.aftercare.persistence.KeysetQuery;
import io.aftercare.persistence.ReferencedRows;
import io.aftercare.persistence.SqlStates;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The tenant's customers with their contacts and sites, one at a time; their only writer but for the bulk creation of
 * {@link CustomerImport}, which shares the rules here. Other features look customers up in {@link CustomerDirectory}.
 */
@ApplicationScoped
public class CustomerService {

    static final String ENTITY = "customer";
    static final String CONTACT = "customer-contact";
    static final String SITE = "customer-site";

    private final AuditLog audit;
    private final CustomerScope scope;
    private final EntityManager db;

    public CustomerService(AuditLog audit, EntityManager db, CustomerScope scope) {
        this.scope = scope;
        this.audit = audit;
        this.db = db;
    }

    /**
     * Oldest first. {@code phone} is a prefix of the digits of the customer's phone or of one of its contacts'
     * phones (what a dispatcher types while the phone rings); {@code q} is any part of the name, ignoring case.
     * One query whatever the page size.
     */
    @Transactional
    public Keyset.Slice<CustomerDtos.CustomerSummaryView> list(CustomerDtos.CustomerKind kind, String q, String phone,
                                                               Integer limit, String cursor) {
        KeysetQuery query = KeysetQuery.ascending(limit, cursor);
        Optional<Set<UUID>> readable = scope.ofCaller();
        if (readable.isPresent()) {
            query.and("id in :served", "served", CustomerScope.forQuery(readable.get()));
        }
        if (kind != null) {
            query.and("kind = :kind", "kind", kind);
        }
        if (q != null && !q.isBlank()) {
            query.and("lower(name) like :namePart escape '\\'", "namePart",
                    "%" + escapeLike(q.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (phone != null) {
            String digits = Customer.digits(phone);
            if (digits.length() < CustomerDirectory.MIN_PHONE_DIGITS) {
                throw ProblemException.invalidField("phone", "type at least " + CustomerDirectory.MIN_PHONE_DIGITS + " digits of the phone number");
            }
            // starts_with on the stored digits, unlike LIKE, may use the phone indexes under row-level security.
            query.and("id in (select c.id from Customer c where function('starts_with', c.phoneDigits, :phone) = true"
                    + " union select k.customerId from CustomerContact k where function('starts_with', k.phoneDigits, :phone) = true)",
                    "phone", digits);
        }
        List<Customer> rows = query.rows((where, params) -> Customer.find(where, params));
        return Keyset.slice(rows, query.limit(), c -> c.id, CustomerDtos.CustomerSummaryView::of);
    }

    /** The customer with its contacts and sites: three queries however many there are. */
    @Transactional
    public CustomerDtos.CustomerView get(UUID id) {
        scope.requireReadable(id, "The customer " + id);
        return view(find(id));
    }

    @Transactional
    public CustomerDtos.CustomerView create(CustomerDtos.CreateCustomerRequest request) {
        List<FieldError> errors = consistencyErrors(request);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.", errors);
        }
        requireFreePhone(request.phone(), null);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Customer customer = newCustomer(request, now);
        List<CustomerContact> contacts = request.contacts() == null ? List.of()
                : request.contacts().stream().map(c -> newContact(customer.id, c, now)).toList();
        List<CustomerSite> sites = request.sites() == null ? List.of()
                : request.sites().stream().map(s -> newSite(customer.id, s, now)).toList();
        customer.persist();
        contacts.forEach(c -> c.persist());
        sites.forEach(s -> s.persist());
        writeCustomer(request.phone());
        CustomerDtos.CustomerView view = CustomerDtos.CustomerView.of(customer, contacts, sites);
        audit.record("customer.created", ENTITY, customer.id, null, view);
        return view;
    }

    @Transactional
    public CustomerDtos.CustomerView update(UUID id, CustomerDtos.UpdateCustomerRequest request) {
        Customer customer = find(id);
        if (request.version() != customer.version) {
            throw ProblemException.staleVersion("The customer", request.version(), customer.version);
        }
        requireFreePhone(request.phone(), id);
        CustomerDtos.CustomerView before = view(customer);
        customer.kind = request.kind();
        customer.name = request.name().strip();
        customer.phone = request.phone().strip();
        customer.email = Texts.blankToNull(request.email());
        customer.notes = Texts.blankToNull(request.notes());
        customer.language = request.language() == null ? null : request.language().tag;
        customer.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        writeCustomer(request.phone());
        CustomerDtos.CustomerView after = new CustomerDtos.CustomerView(customer.id, customer.kind, customer.name,
                customer.phone, customer.email, customer.notes, before.contacts(), before.sites(), customer.createdAt,
                customer.updatedAt, customer.version, request.language(), customer.campaignOptOutAt);
        audit.record("customer.updated", ENTITY, id, before, after);
        return after;
    }

    /** Contacts and sites go with the customer; a customer that assets or work orders refer to stays (409). */
    @Transactional
    public void delete(UUID id) {
        Customer customer = find(id);
        CustomerDtos.CustomerView before = view(customer);
        ReferencedRows.delete(customer, "The customer " + customer.name + " has assets or work orders and cannot be deleted.");
        audit.record("customer.deleted", ENTITY, id, before, null);
    }

    @Transactional
    public CustomerDtos.ContactView getContact(UUID customerId, UUID contactId) {
        scope.requireReadable(customerId, "The customer " + customerId);
        return CustomerDtos.ContactView.of(findContact(customerId, contactId));
    }

    @Transactional
    public CustomerDtos.ContactView addContact(UUID customerId, CustomerDtos.ContactRequest request) {
        find(customerId);
        CustomerContact contact = newContact(customerId, request, OffsetDateTime.now(ZoneOffset.UTC));
        contact.persistAndFlush();
        CustomerDtos.ContactView view = CustomerDtos.ContactView.of(contact);
        audit.record("customer-contact.added", CONTACT, contact.id, null, view);
        return view;
    }

    @Transactional
    public CustomerDtos.ContactView updateContact(UUID customerId, UUID contactId, CustomerDtos.UpdateContactRequest request) {
        CustomerContact contact = findContact(customerId, contactId);
        if (request.version() != contact.version) {
            throw ProblemException.staleVersion("The contact", request.version(), contact.version);
        }
        CustomerDtos.ContactView before = CustomerDtos.ContactView.of(contact);
        contact.name = request.name().strip();
        contact.phone = request.phone().strip();
        contact.email = Texts.blankToNull(request.email());
        contact.role = Texts.blankToNull(request.role());
        contact.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        contact.flush();
        CustomerDtos.ContactView after = CustomerDtos.ContactView.of(contact);
        audit.record("customer-contact.updated", CONTACT, contactId, before, after);
        return after;
    }

    @Transactional
    public void removeContact(UUID customerId, UUID contactId) {
        CustomerContact contact = findContact(customerId, contactId);
        CustomerDtos.ContactView before = CustomerDtos.ContactView.of(contact);
        contact.delete();
        audit.record("customer-contact.removed", CONTACT, contactId, before, null);
    }

    @Transactional
    public CustomerDtos.SiteView getSite(UUID customerId, UUID siteId) {
        scope.requireReadable(customerId, "The customer " + customerId);
        return CustomerDtos.SiteView.of(findSite(customerId, siteId));
    }

    @Transactional
    public CustomerDtos.SiteView addSite(UUID customerId, CustomerDtos.SiteRequest request) {
        find(customerId);
        requireCoordinatePair("", request.latitude(), request.longitude());
        requireFreeLabel(customerId, request.label(), null);
        CustomerSite site = newSite(customerId, request, OffsetDateTime.now(ZoneOffset.UTC));
        site.persist();
        writeSite(request.label());
        CustomerDtos.SiteView view = CustomerDtos.SiteView.of(site);
        audit.record("customer-site.added", SITE, site.id, null, view);
        return view;
    }

    @Transactional
    public CustomerDtos.SiteView updateSite(UUID customerId, UUID siteId, CustomerDtos.UpdateSiteRequest request) {
        CustomerSite site = findSite(customerId, siteId);
        if (request.version() != site.version) {
            throw ProblemException.staleVersion("The site", request.version(), site.version);
        }
        requireCoordinatePair("", request.latitude(), request.longitude());
        requireFreeLabel(customerId, request.label(), siteId);
        CustomerDtos.SiteView before = CustomerDtos.SiteView.of(site);
        site.label = request.label().strip();
        site.address = request.address().strip();
        site.latitude = request.latitude();
        site.longitude = request.longitude();
        site.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        writeSite(request.label());
        CustomerDtos.SiteView after = CustomerDtos.SiteView.of(site);
        audit.record("customer-site.updated", SITE, siteId, before, after);
        return after;
    }

    /** A site that assets or work orders refer to stays (409). */
    @Transactional
    public void removeSite(UUID customerId, UUID siteId) {
        CustomerSite site = findSite(customerId, siteId);
        CustomerDtos.SiteView before = CustomerDtos.SiteView.of(site);
        ReferencedRows.delete(site, "The site " + site.label + " has assets or work orders and cannot be removed.");
        audit.record("customer-site.removed", SITE, siteId, before, null);
    }

    // --- internals ---------------------------------------------------------------------------------

    private CustomerDtos.CustomerView view(Customer customer) {
        List<CustomerContact> contacts = CustomerContact.list("customerId = ?1 order by id", customer.id);
        List<CustomerSite> sites = CustomerSite.list("customerId = ?1 order by id", customer.id);
        return CustomerDtos.CustomerView.of(customer, contacts, sites);
    }

    /** The customer is sent no campaign from now on; opting out again keeps the first moment. */
    @Transactional
    public void optOutOfCampaigns(UUID id, OffsetDateTime at) {
        Customer customer = find(id);
        if (customer.campaignOptOutAt == null) {
            customer.campaignOptOutAt = at;
            customer.updatedAt = at;
            audit.record("customer.campaign-opt-out", ENTITY, id, null, java.util.Map.of("at", at.toString()));
        }
    }

    static Customer newCustomer(CustomerDtos.CreateCustomerRequest request, OffsetDateTime now) {
        Customer customer = new Customer();
        customer.id = Ids.newId();
        customer.kind = request.kind();
        customer.name = request.name().strip();
        customer.phone = request.phone().strip();
        customer.email = Texts.blankToNull(request.email());
        customer.notes = Texts.blankToNull(request.notes());
        customer.language = request.language() == null ? null : request.language().tag;
        customer.createdAt = now;
        customer.updatedAt = now;
        return customer;
    }

    static CustomerContact newContact(UUID customerId, CustomerDtos.ContactRequest request, OffsetDateTime now) {
        CustomerContact contact = new CustomerContact();
        contact.id = Ids.newId();
        contact.customerId = customerId;
        contact.name = request.name().strip();
        contact.phone = request.phone().strip();
        contact.email = Texts.blankToNull(request.email());
        contact.role = Texts.blankToNull(request.role());
        contact.createdAt = now;
        contact.updatedAt = now;
        return contact;
    }

    static CustomerSite newSite(UUID customerId, CustomerDtos.SiteRequest request, OffsetDateTime now) {
        CustomerSite site = new CustomerSite();
        site.id = Ids.newId();
        site.customerId = customerId;
        site.label = request.label().strip();
        site.address = request.address().strip();
        site.latitude = request.latitude();
        site.longitude = request.longitude();
        site.createdAt = now;
        site.updatedAt = now;
        return site;
    }

    private static Customer find(UUID id) {
        return Customer.<Customer>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The customer " + id));
    }

    private static CustomerContact findContact(UUID customerId, UUID contactId) {
        return CustomerContact.<CustomerContact>find("id = ?1 and customerId = ?2", contactId, customerId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("The contact " + contactId + " of customer " + customerId));
    }

    private static CustomerSite findSite(UUID customerId, UUID siteId) {
        return CustomerSite.<CustomerSite>find("id = ?1 and customerId = ?2", siteId, customerId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("The site " + siteId + " of customer " + customerId));
    }

    /** Rules across fields that bean validation on single fields cannot express. */
    static List<FieldError> consistencyErrors(CustomerDtos.CreateCustomerRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.sites() != null) {
            Map<String, Integer> labels = new HashMap<>();
            for (int i = 0; i < request.sites().size(); i++) {
                CustomerDtos.SiteRequest site = request.sites().get(i);
                if (site == null) {
                    continue;
                }
                String prefix = "sites[" + i + "].";
                coordinatePairError(prefix, site.latitude(), site.longitude()).ifPresent(errors::add);
                if (site.label() != null) {
                    Integer first = labels.putIfAbsent(site.label().strip(), i);
                    if (first != null) {
                        errors.add(new FieldError(prefix + "label", "is also the label of sites[" + first + "]"));
                    }
                }
            }
        }
        return errors;
    }

    private static void requireCoordinatePair(String prefix, Double latitude, Double longitude) {
        coordinatePairError(prefix, latitude, longitude).ifPresent(e -> {
            throw ProblemException.invalidField(e.field(), e.message());
        });
    }

    private static Optional<FieldError> coordinatePairError(String prefix, Double latitude, Double longitude) {
        if (latitude == null && longitude != null) {
            return Optional.of(new FieldError(prefix + "latitude", "give both latitude and longitude, or neither"));
        }
        if (latitude != null && longitude == null) {
            return Optional.of(new FieldError(prefix + "longitude", "give both latitude and longitude, or neither"));
        }
        return Optional.empty();
    }

    private static void requireFreePhone(String phone, UUID self) {
        String digits = Customer.digits(phone);
        long taken = self == null ? Customer.count("phoneDigits = ?1", digits)
                : Customer.count("phoneDigits = ?1 and id <> ?2", digits, self);
        if (taken > 0) {
            throw phoneTaken(phone);
        }
    }

    private static void requireFreeLabel(UUID customerId, String label, UUID self) {
        String stripped = label.strip();
        long taken = self == null ? CustomerSite.count("customerId = ?1 and label = ?2", customerId, stripped)
                : CustomerSite.count("customerId = ?1 and label = ?2 and id <> ?3", customerId, stripped, self);
        if (taken > 0) {
            throw labelTaken(stripped);
        }
    }

    private static ProblemException phoneTaken(String phone) {
        return new ProblemException(409, "phone-taken", "Phone taken", "Another customer has the phone " + phone.strip() + ".",
                List.of(new FieldError("phone", "another customer has this phone")));
    }

    private static ProblemException labelTaken(String label) {
        return new ProblemException(409, "label-taken", "Label taken", "The customer has another site labelled " + label + ".",
                List.of(new FieldError("label", "another site of the customer has this label")));
    }

    /** A concurrent writer may take the phone between the check and the write: the unique index decides. */
    private void writeCustomer(String phone) {
        try {
            db.flush();
        } catch (PersistenceException e) {
            if (SqlStates.is(e, SqlStates.UNIQUE_VIOLATION)) {
                throw phoneTaken(phone);
            }
            throw e;
        }
    }

    private void writeSite(String label) {
        try {
            db.flush();
        } catch (PersistenceException e) {
            if (SqlStates.is(e, SqlStates.UNIQUE_VIOLATION)) {
                throw labelTaken(label.strip());
            }
            throw e;
        }
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
