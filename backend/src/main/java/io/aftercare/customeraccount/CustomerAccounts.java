package io.aftercare.customeraccount;

import io.aftercare.api.Ids;
import io.aftercare.api.Keyset;
import io.aftercare.audit.AuditLog;
import io.aftercare.customer.CustomerDirectory;
import io.aftercare.identity.IdentityDirectory;
import io.aftercare.identity.Logins;
import io.aftercare.notification.Notifications;
import io.aftercare.persistence.KeysetQuery;
import io.aftercare.notification.Template;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.TenantContext;
import io.aftercare.tenant.TenantDtos;
import io.aftercare.tenant.TenantService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Customers' logins. Staff invite a customer (a code to the phone on record, with the sign-up link); a customer can
 * also ask for a code on the booking or tracking page. Signing up with the phone, the code and a password creates
 * the Keycloak account (role customer, claim customer_id) under the tenant's login prefix. Codes are single-use and
 * expire; after a number of wrong codes the phone is locked for a while; a number not on record gets the same
 * answers and locks the same way, and is sent nothing.
 */
@ApplicationScoped
public class CustomerAccounts {

    static final String ENTITY = "customer-account";
    /** The token claim (a Keycloak user attribute) naming the customer a login belongs to. */
    public static final String CUSTOMER_CLAIM = io.aftercare.security.CurrentUser.CUSTOMER_CLAIM;

    private final TenantService tenantService;
    private final TenantContext tenants;
    private final CustomerDirectory customers;
    private final IdentityDirectory identity;
    private final Logins logins;
    private final Notifications notifications;
    private final CurrentUser caller;
    private final AuditLog audit;
    private final String publicUrl;
    private final Duration codeValidity;
    private final Duration invitationValidity;
    private final Duration resendAfter;
    private final int maxFailedAttempts;
    private final Duration lockFor;
    private final SecureRandom random = new SecureRandom();

    public CustomerAccounts(TenantService tenantService, TenantContext tenants, CustomerDirectory customers, IdentityDirectory identity,
                            Logins logins, Notifications notifications, CurrentUser caller, AuditLog audit,
                            @ConfigProperty(name = "aftercare.public-url", defaultValue = "http://localhost:5173") String publicUrl,
                            @ConfigProperty(name = "aftercare.customer-accounts.code-validity", defaultValue = "PT10M") Duration codeValidity,
                            @ConfigProperty(name = "aftercare.customer-accounts.invitation-validity", defaultValue = "P7D") Duration invitationValidity,
                            @ConfigProperty(name = "aftercare.customer-accounts.resend-after", defaultValue = "PT60S") Duration resendAfter,
                            @ConfigProperty(name = "aftercare.customer-accounts.max-failed-attempts", defaultValue = "5") int maxFailedAttempts,
                            @ConfigProperty(name = "aftercare.customer-accounts.lock-for", defaultValue = "PT15M") Duration lockFor) {
        this.tenantService = tenantService;
        this.tenants = tenants;
        this.customers = customers;
        this.identity = identity;
        this.logins = logins;
        this.notifications = notifications;
        this.caller = caller;
        this.audit = audit;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.codeValidity = codeValidity;
        this.invitationValidity = invitationValidity;
        this.resendAfter = resendAfter;
        this.maxFailedAttempts = maxFailedAttempts;
        this.lockFor = lockFor;
    }

    // --- public: codes and sign-up --------------------------------------------------------------------------

    /** Sends a code when the number is on record, has no login yet and is not locked; answers the same in every case. */
    public CustomerAccountDtos.CodeSent requestCode(String slug, CustomerAccountDtos.CodeRequest request) {
        Proof proof = Proof.of(request.phone(), request.email());
        String digits = proof.key();
        inTenant(slug, () -> {
            OffsetDateTime now = now();
            SignUpCode latest = latest(digits, false);
            if (latest != null && (locked(latest, now) || latest.createdAt.isAfter(now.minus(resendAfter)))) {
                return null;
            }
            UUID customer = proof.email() == null ? customers.idsByPhone(List.of(digits)).get(digits)
                    : customers.idByEmail(proof.email()).orElse(null);
            boolean hasLogin = customer != null && CustomerAccount.count("customerId = ?1 and status <> ?2", customer,
                    CustomerAccountDtos.Status.INVITED) > 0;
            String code = newCode();
            SignUpCode row = code(digits, customer == null || hasLogin ? null : customer, customer == null || hasLogin ? null : code,
                    CustomerAccountDtos.Purpose.SIGN_UP, codeValidity, now);
            if (row.customerId != null && proof.email() != null) {
                notifications.toCustomerEmail(customer, "sign-up-code:" + row.id, Template.SIGN_UP_CODE, code, codeValidity.toMinutes());
            } else if (row.customerId != null) {
                notifications.toCustomer(customer, "sign-up-code:" + row.id, Template.SIGN_UP_CODE, code, codeValidity.toMinutes());
            }
            return null;
        });
        return new CustomerAccountDtos.CodeSent((int) codeValidity.toSeconds());
    }

    /** Creates the login when the code is the phone's latest, unused and unexpired one; counts and locks wrong ones. */
    public CustomerAccountDtos.SignedUp signUp(String slug, CustomerAccountDtos.SignUpRequest request) {
        Proof proof = Proof.of(request.phone(), request.email());
        UUID tenant = tenantOf(slug);
        SignUpCode proven = tenants.runAs(tenant, () -> QuarkusTransaction.requiringNew().call(() -> prove(tenant, proof.key(), request.code())));
        if (proven == null) {
            throw codeInvalid();
        }
        return tenants.runAs(tenant, () -> QuarkusTransaction.requiringNew().call(() -> open(tenant, proven, proof, request.password())));
    }

    /**
     * What a code proves: the phone (keyed by its digits) or the e-mail ("email:" and the address in lower case). Exactly
     * one of the two is given.
     */
    record Proof(String key, String email, String field) {

        static Proof of(String phone, String email) {
            boolean hasPhone = phone != null && !phone.isBlank();
            boolean hasEmail = email != null && !email.isBlank();
            if (hasPhone == hasEmail) {
                throw ProblemException.invalidField(hasPhone ? "email" : "phone", hasPhone ? "give the phone or the e-mail, not both"
                        : "give the phone or the e-mail on record");
            }
            if (hasPhone) {
                String digits = CustomerDirectory.phoneKey(phone);
                if (digits.isEmpty()) {
                    throw ProblemException.invalidField("phone", "must have digits");
                }
                return new Proof(digits, null, "phone");
            }
            String address = email.strip().toLowerCase(java.util.Locale.ROOT);
            return new Proof("email:" + address, address, "email");
        }
    }

    /** The proven code (marked used), or null for a wrong one (counted); refuses while the phone is locked. */
    private SignUpCode prove(UUID tenant, String digits, String code) {
        OffsetDateTime now = now();
        SignUpCode latest = latest(digits, true);
        if (latest == null) {
            return null;
        }
        if (locked(latest, now)) {
            throw lockedOut(latest.lockedUntil);
        }
        boolean right = latest.usedAt == null && latest.expiresAt.isAfter(now) && latest.codeSha256 != null
                && MessageDigest.isEqual(latest.codeSha256.getBytes(StandardCharsets.US_ASCII),
                hash(tenant, digits, code).getBytes(StandardCharsets.US_ASCII));
        if (!right) {
            latest.failedAttempts++;
            if (latest.failedAttempts >= maxFailedAttempts) {
                latest.lockedUntil = now.plus(lockFor);
            }
            return null;
        }
        latest.usedAt = now;
        return latest;
    }

    private CustomerAccountDtos.SignedUp open(UUID tenant, SignUpCode proven, Proof proof, String password) {
        CustomerAccount existing = CustomerAccount.<CustomerAccount>find("customerId", proven.customerId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (existing != null && existing.status != CustomerAccountDtos.Status.INVITED) {
            throw new ProblemException(409, "account-exists", "Account exists", "This customer has a login already: sign in, or ask us to "
                    + "switch it on again.", List.of(new FieldError(proof.field(), "has a login already")));
        }
        // the login is the phone's digits, whichever of phone or e-mail was proven
        String digits = CustomerDirectory.phoneKey(customers.cards(Set.of(proven.customerId)).get(proven.customerId).phone());
        String login = logins.of(tenant, digits);
        String name = customers.names(Set.of(proven.customerId)).get(proven.customerId);
        // a company's name may not pass as a person's first name; the login then goes without one
        String firstName = name != null && name.length() <= 100
                && java.util.regex.Pattern.matches(IdentityDirectory.PERSON_NAME, name) ? name : null;
        UUID id = identity.create(new IdentityDirectory.NewAccount(tenant, login, null, firstName, null, password, false,
                List.of(Roles.CUSTOMER), Map.of(CUSTOMER_CLAIM, proven.customerId.toString())));
        try {
            OffsetDateTime now = now();
            CustomerAccount account = new CustomerAccount();
            account.id = id;
            account.customerId = proven.customerId;
            account.status = CustomerAccountDtos.Status.ACTIVE;
            account.login = login;
            account.invitedAt = existing == null ? null : existing.invitedAt;
            account.invitedBy = existing == null ? null : existing.invitedBy;
            account.activatedAt = now;
            account.updatedAt = now;
            if (existing != null) {
                existing.delete();
                CustomerAccount.flush();
            }
            account.persistAndFlush();
            audit.record("customer-account.signed-up", ENTITY, id, null, Map.of("customerId", proven.customerId.toString(), "login", login));
            return new CustomerAccountDtos.SignedUp(login);
        } catch (RuntimeException e) {
            identity.delete(id);
            throw e;
        }
    }

    // --- staff ------------------------------------------------------------------------------------------------

    /** Sends the customer a code and the sign-up link; again when {@code resend}, once the previous one may be resent. */
    @Transactional
    public CustomerAccountDtos.AccountView invite(CustomerAccountDtos.InvitationRequest request) {
        UUID customerId = request.customerId();
        Map<UUID, String> names = customers.names(Set.of(customerId));
        if (!names.containsKey(customerId)) {
            throw ProblemException.notFound("The customer " + customerId);
        }
        CustomerAccount account = CustomerAccount.<CustomerAccount>find("customerId", customerId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (account != null && account.status != CustomerAccountDtos.Status.INVITED) {
            throw new ProblemException(409, "account-exists", "Account exists", "This customer has a login already ("
                    + account.status + ").", List.of(new FieldError("customerId", "has a login already")));
        }
        boolean resend = Boolean.TRUE.equals(request.resend());
        if (account != null && !resend) {
            throw new ProblemException(409, "invitation-pending", "Invitation pending", "An invitation was sent on " + account.invitedAt
                    + "; send it again with resend=true.", List.of(new FieldError("resend", "an invitation is pending")));
        }
        String digits = customers.cards(Set.of(customerId)).get(customerId).phone();
        digits = CustomerDirectory.phoneKey(digits);
        OffsetDateTime now = now();
        SignUpCode latest = latest(digits, false);
        if (latest != null && locked(latest, now)) {
            throw lockedOut(latest.lockedUntil);
        }
        if (latest != null && latest.createdAt.isAfter(now.minus(resendAfter))) {
            throw new ProblemException(429, "code-sent-recently", "Sent a moment ago", "A code went to this customer less than "
                    + resendAfter.toSeconds() + " seconds ago; wait before sending another.", List.of());
        }
        if (account == null) {
            account = new CustomerAccount();
            account.id = Ids.newId();
            account.customerId = customerId;
            account.status = CustomerAccountDtos.Status.INVITED;
        }
        account.invitedAt = now;
        account.invitedBy = caller.displayName();
        account.updatedAt = now;
        account.persist();
        String code = newCode();
        SignUpCode row = code(digits, customerId, code, CustomerAccountDtos.Purpose.INVITATION, invitationValidity, now);
        TenantDtos.TenantView tenant = tenantService.current();
        notifications.toCustomer(customerId, "customer-invitation:" + row.id, Template.CUSTOMER_INVITATION, tenant.name(), code,
                publicUrl + "/sign-up/" + tenant.slug(), invitationValidity.toDays());
        CustomerAccount.flush();
        CustomerAccountDtos.AccountView view = view(account, names.get(customerId));
        audit.record(resend ? "customer-account.invitation-resent" : "customer-account.invited", ENTITY, account.id, null, view);
        return view;
    }

    @Transactional
    public Keyset.Slice<CustomerAccountDtos.AccountView> list(CustomerAccountDtos.Status status, Integer limit, String cursor) {
        KeysetQuery query = KeysetQuery.ascending(limit, cursor);
        if (status != null) {
            query.and("status = :status", "status", status);
        }
        List<CustomerAccount> rows = query.rows((where, params) -> CustomerAccount.find(where, params));
        List<CustomerAccount> page = rows.size() > query.limit() ? rows.subList(0, query.limit()) : rows;
        Map<UUID, String> names = customers.names(page.stream().map(a -> a.customerId).toList());
        return Keyset.slice(rows, query.limit(), a -> a.id, a -> view(a, names.get(a.customerId)));
    }

    /** Switches an active login off (Keycloak refuses its sign-ins and tokens) or on again. */
    @Transactional
    public CustomerAccountDtos.AccountView setDisabled(UUID id, CustomerAccountDtos.StatusRequest request) {
        CustomerAccount account = CustomerAccount.<CustomerAccount>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("The customer account " + id));
        if (request.version() != account.version) {
            throw ProblemException.staleVersion("The customer account", request.version(), account.version);
        }
        if (account.status == CustomerAccountDtos.Status.INVITED) {
            throw new ProblemException(409, "not-signed-up", "Not signed up yet", "The customer has not signed up yet; there is no login "
                    + "to switch.", List.of(new FieldError("disabled", "no login yet")));
        }
        String name = customers.names(Set.of(account.customerId)).get(account.customerId);
        CustomerAccountDtos.AccountView before = view(account, name);
        CustomerAccountDtos.Status wanted = request.disabled() ? CustomerAccountDtos.Status.DISABLED : CustomerAccountDtos.Status.ACTIVE;
        if (account.status != wanted) {
            identity.update(account.id, null, null, null, !request.disabled());
            account.status = wanted;
            account.updatedAt = now();
            CustomerAccount.flush();
        }
        CustomerAccountDtos.AccountView after = view(account, name);
        audit.record(request.disabled() ? "customer-account.disabled" : "customer-account.enabled", ENTITY, id, before, after);
        return after;
    }

    // --- mechanics --------------------------------------------------------------------------------------------

    private static CustomerAccountDtos.AccountView view(CustomerAccount a, String customerName) {
        return new CustomerAccountDtos.AccountView(a.id, a.customerId, customerName, a.status, a.login, a.invitedAt, a.invitedBy,
                a.activatedAt, a.updatedAt, a.version);
    }

    private SignUpCode latest(String digits, boolean lock) {
        var query = SignUpCode.<SignUpCode>find("proofKey = ?1 order by createdAt desc, id desc", digits);
        if (lock) {
            query = query.withLock(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.firstResult();
    }

    private SignUpCode code(String digits, UUID customerId, String code, CustomerAccountDtos.Purpose purpose, Duration validity,
                            OffsetDateTime now) {
        SignUpCode row = new SignUpCode();
        row.id = Ids.newId();
        row.proofKey = digits;
        row.customerId = customerId;
        row.codeSha256 = code == null ? null : hash(tenants.current(), digits, code);
        row.purpose = purpose;
        row.expiresAt = now.plus(validity);
        row.createdAt = now;
        row.persist();
        return row;
    }

    private static boolean locked(SignUpCode row, OffsetDateTime now) {
        return row.lockedUntil != null && row.lockedUntil.isAfter(now);
    }

    private String newCode() {
        return "%06d".formatted(random.nextInt(1_000_000));
    }

    private static String hash(UUID tenant, String digits, String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((tenant + ":" + digits + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private UUID tenantOf(String slug) {
        return tenantService.findBySlug(slug).map(TenantDtos.TenantView::id)
                .orElseThrow(() -> ProblemException.notFound("The booking page " + slug));
    }

    private void inTenant(String slug, Supplier<Object> work) {
        UUID tenant = tenantOf(slug);
        tenants.runAs(tenant, () -> QuarkusTransaction.requiringNew().call(work::get));
    }

    private static ProblemException codeInvalid() {
        return new ProblemException(400, "code-invalid", "Code not valid", "The code is wrong, used or expired: ask for a new one.",
                List.of(new FieldError("code", "wrong, used or expired")));
    }

    private static ProblemException lockedOut(OffsetDateTime until) {
        return new ProblemException(429, "sign-up-locked", "Too many wrong codes", "Too many wrong codes for this phone: try again after "
                + until.withOffsetSameInstant(ZoneOffset.UTC) + ".", List.of(new FieldError("code", "locked until " + until)));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
