package io.aftercare.notification;

import io.aftercare.api.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes messages into the outbox, in the transaction of the event they announce: if the event rolls back, so does
 * the message, and a committed event always has its message. Recipients are looked up here (the customer's phone
 * and e-mail, the installers' phones, the managers' e-mail). One row per event, channel and recipient: enqueueing
 * an event again changes nothing. {@link NotificationDelivery} sends them.
 */
@ApplicationScoped
public class Notifications {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Per-transaction keys: a transaction works for one tenant, so its tenant and managers are read once. */
    private static final Object TENANT = new Object();
    private static final Object MANAGERS = new Object();

    private final EntityManager db;
    private final TransactionSynchronizationRegistry transaction;
    private final NotificationTemplates templates;

    public Notifications(EntityManager db, TransactionSynchronizationRegistry transaction, NotificationTemplates templates) {
        this.db = db;
        this.transaction = transaction;
        this.templates = templates;
    }

    /** The current tenant's time zone and language. */
    private record TenantFacts(ZoneId zone, Locale locale) {
    }

    /** Tells the customer by SMS (their phone) and e-mail (when they have one), in their language. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toCustomer(UUID customerId, String eventKey, Template template, Object... args) {
        customer(customerId).ifPresent(c -> enqueue(eventKey, template, NotificationDtos.Audience.CUSTOMER, c.phone(), c.email(),
                c.locale(), null, args));
    }

    /** Tells the customer as {@link #toCustomer} does; their e-mail also carries the document named by {@code attachment} ("kind:id"). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toCustomerWithAttachment(UUID customerId, String eventKey, String attachment, Template template, Object... args) {
        customer(customerId).ifPresent(c -> enqueue(eventKey, template, NotificationDtos.Audience.CUSTOMER, c.phone(), c.email(),
                c.locale(), attachment + ":" + c.locale().toLanguageTag(), args));
    }

    /** Tells the customer by e-mail only (a code proving the e-mail on record); nothing when they have none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toCustomerEmail(UUID customerId, String eventKey, Template template, Object... args) {
        customer(customerId).ifPresent(c -> enqueue(eventKey, template, NotificationDtos.Audience.CUSTOMER, null, c.email(),
                c.locale(), null, args));
    }

    /** Where a customer is reached, and in which language (theirs, else the tenant's). */
    private record CustomerAddress(String phone, String email, Locale locale) {
    }

    private Optional<CustomerAddress> customer(UUID customerId) {
        List<?> rows = db.createNativeQuery("select phone, email, language from customer where id = ?1").setParameter(1, customerId)
                .getResultList();
        return rows.stream().map(row -> (Object[]) row).findFirst().map(r -> new CustomerAddress((String) r[0], (String) r[1],
                r[2] == null ? tenant().locale() : Locale.forLanguageTag((String) r[2])));
    }

    /** Tells each installer by SMS. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toInstallers(Collection<UUID> installerIds, String eventKey, Template template, Object... args) {
        if (installerIds.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<String> phones = db.createNativeQuery("select phone from installer where id = any(cast(?1 as uuid[])) and phone is not null")
                .setParameter(1, installerIds.stream().map(UUID::toString).toArray(String[]::new)).getResultList();
        phones.forEach(phone -> enqueue(eventKey, template, NotificationDtos.Audience.INSTALLER, phone, null, tenant().locale(), null, args));
    }

    /** Tells every enabled manager of the tenant by e-mail. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toManagers(String eventKey, Template template, Object... args) {
        managerEmails().forEach(email -> enqueue(eventKey, template, NotificationDtos.Audience.MANAGER, null, email, tenant().locale(), null, args));
    }

    /** Tells the tenant's engineering or training contact by e-mail (a quality warning); nothing when none is named. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toQualityContact(String email, String eventKey, Template template, Object... args) {
        enqueue(eventKey, template, NotificationDtos.Audience.QUALITY_CONTACT, null, email, tenant().locale(), null, args);
    }

    /** A time as recipients read it: in the tenant's zone, to the minute. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String when(OffsetDateTime at) {
        return at == null ? "" : WHEN.format(at.atZoneSameInstant(tenant().zone()));
    }

    /** An appointment window as recipients read it, e.g. "2026-12-01 09:00–11:00". */
    @Transactional(Transactional.TxType.MANDATORY)
    /** A time of day in the tenant's zone, as messages show it. */
    public String timeOfDay(OffsetDateTime at) {
        return DateTimeFormatter.ofPattern("HH:mm").format(at.atZoneSameInstant(tenant().zone()));
    }

    public String window(OffsetDateTime start, OffsetDateTime end) {
        ZoneId zone = tenant().zone();
        return WHEN.format(start.atZoneSameInstant(zone)) + "–" + DateTimeFormatter.ofPattern("HH:mm").format(end.atZoneSameInstant(zone));
    }

    /** An SMS and an e-mail with the same words; {@code attachment} names a document only the e-mail carries. */
    private void enqueue(String eventKey, Template template, NotificationDtos.Audience audience, String phone, String email, Locale locale,
                         String attachment, Object... args) {
        // the tenant's own wording when it has one, else the built-in text
        Optional<NotificationTemplate> own = templates.custom(template, locale);
        String subject = own.map(t -> NotificationTemplates.format(t.subject, locale, args)).orElseGet(() -> template.subject(locale));
        String body = own.map(t -> NotificationTemplates.format(t.body, locale, args)).orElseGet(() -> template.body(locale, args));
        if (phone != null && !phone.isBlank()) {
            insert(eventKey, template, NotificationDtos.Channel.SMS, audience, phone.strip(), subject, body, null);
        }
        if (email != null && !email.isBlank()) {
            insert(eventKey, template, NotificationDtos.Channel.EMAIL, audience, email.strip(), subject, body, attachment);
        }
    }

    private void insert(String eventKey, Template template, NotificationDtos.Channel channel, NotificationDtos.Audience audience,
                        String recipient, String subject, String body, String attachment) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        db.createNativeQuery("""
                        insert into notification (tenant_id, id, event_key, template, channel, audience, recipient, subject, body,
                                                  status, attempts, next_attempt_at, created_at, attachment)
                        values (cast(current_setting('app.tenant_id') as uuid), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'PENDING', 0, ?9, ?9, ?10)
                        on conflict (tenant_id, event_key, channel, recipient) do nothing""")
                .setParameter(1, Ids.newId()).setParameter(2, eventKey).setParameter(3, template.name())
                .setParameter(4, channel.name()).setParameter(5, audience.name()).setParameter(6, recipient)
                .setParameter(7, subject).setParameter(8, body).setParameter(9, now).setParameter(10, attachment)
                .executeUpdate();
    }

    private TenantFacts tenant() {
        if (transaction.getResource(TENANT) instanceof TenantFacts cached) {
            return cached;
        }
        Object[] row = (Object[]) db.createNativeQuery(
                "select time_zone, locale from tenant where id = cast(current_setting('app.tenant_id') as uuid)").getSingleResult();
        TenantFacts facts = new TenantFacts(ZoneId.of((String) row[0]), Locale.forLanguageTag((String) row[1]));
        transaction.putResource(TENANT, facts);
        return facts;
    }

    @SuppressWarnings("unchecked")
    private List<String> managerEmails() {
        if (transaction.getResource(MANAGERS) instanceof List<?> cached) {
            return (List<String>) cached;
        }
        List<String> emails = List.copyOf(db.createNativeQuery(
                "select email from staff_user where enabled and 'manager' = any(roles) order by email").getResultList());
        transaction.putResource(MANAGERS, emails);
        return emails;
    }
}
