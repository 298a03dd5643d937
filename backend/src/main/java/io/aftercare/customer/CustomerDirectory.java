package io.aftercare.customer;

import io.aftercare.persistence.Conditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Lookups of customers and their sites for other features: names, cards, addresses, search by name or phone. Reads only. */
@ApplicationScoped
public class CustomerDirectory {

    /** Fewer digits match most of the tenant's customers: no help while the phone rings. */
    static final int MIN_PHONE_DIGITS = 3;

    private final EntityManager db;

    public CustomerDirectory(EntityManager db) {
        this.db = db;
    }

    @Transactional
    public boolean exists(UUID customerId) {
        return Customer.count("id", customerId) > 0;
    }

    /** Names of customers by id, in one query; unknown ids are absent. */
    @Transactional
    public Map<UUID, String> names(Collection<UUID> customerIds) {
        Map<UUID, String> names = new HashMap<>();
        if (!customerIds.isEmpty()) {
            db.createQuery("select c.id, c.name from Customer c where c.id in :ids", Object[].class)
                    .setParameter("ids", customerIds).getResultList()
                    .forEach(row -> names.put((UUID) row[0], (String) row[1]));
        }
        return names;
    }

    /**
     * Customers whose name contains {@code name} (ignoring case) or whose phone, or one of whose contacts' phones,
     * starts with one of {@code phonePrefixes} (digits only); newest first, at most {@code limit}. One query.
     */
    @Transactional
    public List<CustomerDtos.CustomerHit> search(String name, Collection<String> phonePrefixes, int limit) {
        List<String> prefixes = phonePrefixes.stream().filter(p -> p.length() >= MIN_PHONE_DIGITS).distinct().toList();
        Conditions.Alternatives matches = Conditions.anyOf("locate(lower(:name), lower(c.name)) > 0", "name", name);
        for (int i = 0; i < prefixes.size(); i++) {
            // starts_with on the stored digits, unlike LIKE, may use the phone indexes under row-level security.
            matches.or("function('starts_with', c.phoneDigits, :phone" + i + ") = true or c.id in (select k.customerId"
                    + " from CustomerContact k where function('starts_with', k.phoneDigits, :phone" + i + ") = true)", "phone" + i, prefixes.get(i));
        }
        Conditions where = new Conditions().and(matches);
        var query = db.createQuery("select c.id, c.name, c.phone from Customer c where " + where.query("order by c.createdAt desc, c.id desc"),
                Object[].class).setMaxResults(limit);
        where.parameters().forEach(query::setParameter);
        return query.getResultList().stream()
                .map(r -> new CustomerDtos.CustomerHit((UUID) r[0], (String) r[1], (String) r[2])).toList();
    }

    /**
     * The digit strings a typed phone may be stored as: its national digits, with and without the mainland China
     * country code (+86 / 0086). Empty when the text is not a phone number (letters in it).
     */
    public static List<String> phoneVariants(String typed) {
        if (typed == null || !typed.strip().matches("^[0-9 +()\\-]+$")) {
            return List.of();
        }
        String digits = Customer.digits(typed);
        String national = digits.startsWith("0086") ? digits.substring(4)
                : digits.startsWith("86") && digits.length() > 11 ? digits.substring(2) : digits;
        if (national.length() < MIN_PHONE_DIGITS) {
            return List.of();
        }
        return List.of(national, "86" + national);
    }

    /** Address and coordinates of sites by id, in one query; unknown ids are absent. */
    @Transactional
    public Map<UUID, CustomerDtos.SiteAddress> sitePlaces(Collection<UUID> siteIds) {
        Map<UUID, CustomerDtos.SiteAddress> addresses = new HashMap<>();
        if (!siteIds.isEmpty()) {
            db.createQuery("select s.id, s.address, s.latitude, s.longitude from CustomerSite s where s.id in :ids", Object[].class)
                    .setParameter("ids", siteIds).getResultList()
                    .forEach(r -> addresses.put((UUID) r[0], new CustomerDtos.SiteAddress((UUID) r[0], (String) r[1], (Double) r[2], (Double) r[3])));
        }
        return addresses;
    }

    /**
     * Names of these customers and addresses of these sites, in one query: each customer with those of its sites asked
     * for (a site belongs to one customer; a site asked for under another customer is left out).
     */
    @Transactional
    public CustomerDtos.Labels labels(Collection<UUID> customerIds, Collection<UUID> siteIds) {
        Map<UUID, String> names = new HashMap<>();
        Map<UUID, String> addresses = new HashMap<>();
        if (!customerIds.isEmpty()) {
            // An empty "in" list is not valid everywhere: ask for the nil id, which no site has.
            Collection<UUID> sites = siteIds.isEmpty() ? List.of(new UUID(0, 0)) : siteIds;
            db.createQuery("""
                            select c.id, c.name, s.id, s.address from Customer c
                            left join CustomerSite s on s.customerId = c.id and s.id in :sites
                            where c.id in :ids""", Object[].class)
                    .setParameter("ids", customerIds).setParameter("sites", sites).getResultList()
                    .forEach(r -> {
                        names.put((UUID) r[0], (String) r[1]);
                        if (r[2] != null) {
                            addresses.put((UUID) r[2], (String) r[3]);
                        }
                    });
        }
        return new CustomerDtos.Labels(names, addresses);
    }

    /** Name and phone of customers by id, in one query: what a caller needs to ring them. */
    @Transactional
    public Map<UUID, CustomerDtos.Card> cards(Collection<UUID> customerIds) {
        Map<UUID, CustomerDtos.Card> cards = new HashMap<>();
        if (!customerIds.isEmpty()) {
            db.createQuery("select c.id, c.name, c.phone from Customer c where c.id in :ids", Object[].class)
                    .setParameter("ids", customerIds).getResultList()
                    .forEach(row -> cards.put((UUID) row[0], new CustomerDtos.Card((String) row[1], (String) row[2])));
        }
        return cards;
    }

    /** Customers by their primary phone, in one query: keys are the phones' digits. */
    @Transactional
    public Map<String, UUID> idsByPhone(Collection<String> phones) {
        Set<String> digits = new HashSet<>();
        phones.forEach(p -> digits.add(Customer.digits(p)));
        digits.remove("");
        Map<String, UUID> ids = new HashMap<>();
        if (!digits.isEmpty()) {
            db.createQuery("select c.phoneDigits, c.id from Customer c where c.phoneDigits in :digits", Object[].class)
                    .setParameter("digits", digits).getResultList()
                    .forEach(row -> ids.put((String) row[0], (UUID) row[1]));
        }
        return ids;
    }

    /** The one customer with this e-mail (any case); empty when none has it, or more than one (it proves no one). */
    @Transactional
    public Optional<UUID> idByEmail(String email) {
        List<UUID> ids = db.createQuery("select c.id from Customer c where lower(c.email) = :email", UUID.class)
                .setParameter("email", email.strip().toLowerCase(java.util.Locale.ROOT)).setMaxResults(2).getResultList();
        return ids.size() == 1 ? Optional.of(ids.getFirst()) : Optional.empty();
    }

    /** The digits a phone is identified by, the keys of {@link #idsByPhone}. */
    public static String phoneKey(String phone) {
        return Customer.digits(phone);
    }

    /** Addresses of these sites, by site id, in one query. */
    @Transactional
    public Map<UUID, String> siteAddresses(Collection<UUID> siteIds) {
        Map<UUID, String> addresses = new HashMap<>();
        if (!siteIds.isEmpty()) {
            db.createQuery("select s.id, s.address from CustomerSite s where s.id in :ids", Object[].class)
                    .setParameter("ids", siteIds).getResultList()
                    .forEach(row -> addresses.put((UUID) row[0], (String) row[1]));
        }
        return addresses;
    }

    @Transactional
    public Optional<CustomerDtos.SiteRef> site(UUID siteId) {
        return CustomerSite.<CustomerSite>findByIdOptional(siteId).map(CustomerDtos.SiteRef::of);
    }

    /** Sites of the given customers with the given labels, in one query. */
    @Transactional
    public List<CustomerDtos.SiteRef> sitesByLabel(Collection<UUID> customerIds, Collection<String> labels) {
        if (customerIds.isEmpty() || labels.isEmpty()) {
            return List.of();
        }
        return CustomerSite.<CustomerSite>list("customerId in ?1 and label in ?2", customerIds, labels).stream()
                .map(CustomerDtos.SiteRef::of).toList();
    }
}
