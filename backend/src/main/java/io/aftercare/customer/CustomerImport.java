package io.aftercare.customer;

import io.aftercare.problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Customers created in bulk from an import file: rows that break a rule are reported, never thrown or merged. */
@ApplicationScoped
public class CustomerImport {

    private final EntityManager db;

    public CustomerImport(EntityManager db) {
        this.db = db;
    }

    /**
     * Creates imported customers in the caller's transaction, in JDBC batches; each request has passed bean
     * validation. Answers, per request in order, the reasons it was not created (empty when it was): fields that
     * break a rule, and phones that an existing customer or an earlier request already has, are reported, never
     * merged. Fields are named by their JSON path.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<List<FieldError>> createImported(List<CustomerDtos.CreateCustomerRequest> requests) {
        if (requests.isEmpty()) {
            return List.of();
        }
        db.unwrap(Session.class).setJdbcBatchSize(Math.max(requests.size(), 100));
        List<List<FieldError>> outcomes = new ArrayList<>(requests.size());
        for (CustomerDtos.CreateCustomerRequest request : requests) {
            outcomes.add(new ArrayList<>(CustomerService.consistencyErrors(request)));
        }
        Set<String> phones = new HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            if (outcomes.get(i).isEmpty()) {
                phones.add(Customer.digits(requests.get(i).phone()));
            }
        }
        Set<String> taken = phones.isEmpty() ? Set.of() : new HashSet<>(db.createQuery(
                        "select c.phoneDigits from Customer c where c.phoneDigits in :digits", String.class)
                .setParameter("digits", phones).getResultList());
        Set<String> seen = new HashSet<>();
        List<Customer> customers = new ArrayList<>();
        List<CustomerContact> contacts = new ArrayList<>();
        List<CustomerSite> sites = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < requests.size(); i++) {
            if (!outcomes.get(i).isEmpty()) {
                continue;
            }
            CustomerDtos.CreateCustomerRequest request = requests.get(i);
            String digits = Customer.digits(request.phone());
            if (taken.contains(digits)) {
                outcomes.get(i).add(new FieldError("phone", "a customer with this phone exists; not imported"));
                continue;
            }
            if (!seen.add(digits)) {
                outcomes.get(i).add(new FieldError("phone", "an earlier row of this import has the same phone; not imported"));
                continue;
            }
            Customer customer = CustomerService.newCustomer(request, now);
            customers.add(customer);
            if (request.contacts() != null) {
                request.contacts().forEach(c -> contacts.add(CustomerService.newContact(customer.id, c, now)));
            }
            if (request.sites() != null) {
                request.sites().forEach(s -> sites.add(CustomerService.newSite(customer.id, s, now)));
            }
        }
        // Grouped by table, so that each table's rows go out in one JDBC batch.
        customers.forEach(c -> c.persist());
        contacts.forEach(c -> c.persist());
        sites.forEach(s -> s.persist());
        db.flush();
        return outcomes;
    }
}
