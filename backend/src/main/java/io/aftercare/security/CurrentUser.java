package io.aftercare.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.aftercare.problem.ProblemException;

import java.util.Set;
import java.util.UUID;

/** Who is calling, from the verified token; a job with no token acts as "system". */
@RequestScoped
public class CurrentUser {

    public static final String SYSTEM = "system";
    /** The claim naming a customer's own customer record. */
    public static final String CUSTOMER_CLAIM = "customer_id";

    @Inject
    JsonWebToken token;

    private String actingAs;

    /**
     * For the rest of this request, an anonymous caller is recorded under this name (e.g. the customer acting through
     * a tracking link), so timelines and audit say who acted rather than "system".
     */
    public void actAs(String name) {
        this.actingAs = name;
    }

    public String id() {
        if (actingAs != null && (token == null || token.getRawToken() == null)) {
            return actingAs;
        }
        return token == null || token.getSubject() == null ? SYSTEM : token.getSubject();
    }

    public String username() {
        if (token == null || token.getRawToken() == null) {
            return actingAs != null ? actingAs : SYSTEM;
        }
        String name = token.getClaim("preferred_username");
        return name != null ? name : id();
    }

    public String displayName() {
        String name = token == null || token.getRawToken() == null ? null : token.getClaim("name");
        return name != null ? name : username();
    }

    /** The customer a customer's login is linked to (the token's customer_id claim); 403 for a login without one. */
    public UUID customerId() {
        Object claim = token == null ? null : token.getClaim(CUSTOMER_CLAIM);
        try {
            return UUID.fromString(String.valueOf(claim).replace("\"", ""));
        } catch (IllegalArgumentException e) {
            throw ProblemException.forbidden("Your login is not linked to a customer (no customer_id claim).");
        }
    }

    public Set<String> roles() {
        return token == null || token.getGroups() == null ? Set.of() : token.getGroups();
    }

    /** An installer without an office role: sees only their own work and the customers of it. */
    public boolean onlyInstaller() {
        Set<String> roles = roles();
        return roles.contains(Roles.INSTALLER) && !roles.contains(Roles.MANAGER) && !roles.contains(Roles.DISPATCHER);
    }

    /** Partner staff without an office or installer role: sees only their partner's jobs. */
    public boolean onlyPartner() {
        Set<String> roles = roles();
        return roles.contains(Roles.PARTNER) && !roles.contains(Roles.MANAGER) && !roles.contains(Roles.DISPATCHER)
                && !roles.contains(Roles.INSTALLER);
    }
}
