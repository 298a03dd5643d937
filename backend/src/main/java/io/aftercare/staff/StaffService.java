package io.aftercare.staff;

import io.aftercare.api.Keyset;
import io.aftercare.audit.AuditLog;
import io.aftercare.identity.IdentityDirectory;
import io.aftercare.identity.Logins;
import io.aftercare.persistence.KeysetQuery;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The tenant's staff accounts. Keycloak holds the account; the tenant keeps a mirror for lists and joins.
 * Keycloak is changed first and the mirror after it, in the same request: if the mirror fails, the account
 * change is undone where it can be (creation) and the request answers an error.
 */
@ApplicationScoped
public class StaffService {

    static final String ENTITY = "staff-user";

    private final IdentityDirectory identity;
    private final TenantContext tenants;
    private final CurrentUser caller;
    private final AuditLog audit;
    private final Logins logins;

    public StaffService(IdentityDirectory identity, TenantContext tenants, CurrentUser caller, AuditLog audit, Logins logins) {
        this.identity = identity;
        this.logins = logins;
        this.tenants = tenants;
        this.caller = caller;
        this.audit = audit;
    }

    @Transactional
    public Keyset.Slice<StaffDtos.StaffUserView> list(StaffDtos.StaffRole role, Integer limit, String cursor) {
        KeysetQuery query = KeysetQuery.ascending(limit, cursor);
        if (role != null) {
            query.and("array_contains(roles, :role)", "role", role.name());
        }
        List<StaffUser> rows = query.rows((where, params) -> StaffUser.find(where, params));
        return Keyset.slice(rows, query.limit(), u -> u.id, StaffDtos.StaffUserView::of);
    }

    @Transactional
    public StaffDtos.StaffUserView get(UUID id) {
        return StaffDtos.StaffUserView.of(find(id));
    }

    /** The tenant's staff accounts with these ids, in one query; unknown ids are absent from the answer. */
    @Transactional
    public Map<UUID, StaffDtos.StaffUserView> byIds(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Collections.emptyMap();
        }
        Map<UUID, StaffDtos.StaffUserView> found = new HashMap<>();
        StaffUser.<StaffUser>list("id in ?1", ids).forEach(u -> found.put(u.id, StaffDtos.StaffUserView.of(u)));
        return found;
    }

    /** Whether the tenant has a staff account with this id; other features check their references with it. */
    @Transactional
    public boolean exists(UUID id) {
        return StaffUser.count("id", id) > 0;
    }

    /** The current tenant's login prefix. */
    public String loginPrefix() {
        return logins.prefixOf(tenants.require());
    }

    /**
     * Creates the account under the tenant's login prefix. Logins of other tenants live under other prefixes, so
     * a taken login here (from the mirror or from Keycloak's own unique check) is always one of this tenant's.
     */
    @Transactional
    public StaffDtos.StaffUserView create(StaffDtos.CreateStaffUserRequest request) {
        UUID tenant = tenants.require();
        String username = logins.of(tenant, request.username());
        if (StaffUser.count("username", username) > 0) {
            throw new ProblemException(409, "account-exists", "Account exists", "Your tenant has a login " + username + " already.",
                    List.of(new FieldError("username", "taken")));
        }
        List<String> roles = request.roles().stream().distinct().map(Enum::name).sorted().toList();
        UUID id = identity.create(new IdentityDirectory.NewAccount(tenant, username, request.email(), request.firstName(),
                request.lastName(), request.password(), request.temporaryPassword() == null || request.temporaryPassword(), roles));
        try {
            StaffUser user = new StaffUser();
            user.id = id;
            user.username = username;
            user.email = request.email();
            user.firstName = request.firstName();
            user.lastName = request.lastName();
            user.roles = roles;
            user.enabled = true;
            user.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
            user.persistAndFlush();
            StaffDtos.StaffUserView view = StaffDtos.StaffUserView.of(user);
            audit.record("staff-user.created", ENTITY, id, null, view);
            return view;
        } catch (RuntimeException e) {
            identity.delete(id);
            throw e;
        }
    }

    @Transactional
    public StaffDtos.StaffUserView update(UUID id, StaffDtos.UpdateStaffUserRequest request) {
        StaffUser user = find(id);
        if (request.version() != user.version) {
            throw ProblemException.staleVersion("The staff account", request.version(), user.version);
        }
        boolean self = user.id.toString().equals(caller.id());
        if (self && Boolean.FALSE.equals(request.enabled())) {
            throw ProblemException.invalidField("enabled", "you cannot disable your own account");
        }
        if (self && request.roles() != null && !request.roles().contains(StaffDtos.StaffRole.manager)) {
            throw ProblemException.invalidField("roles", "you cannot take the manager role from yourself");
        }
        StaffDtos.StaffUserView before = StaffDtos.StaffUserView.of(user);
        List<String> roles = request.roles() == null ? null
                : request.roles().stream().distinct().map(Enum::name).sorted().toList();
        if (roles != null) {
            user.roles = roles;
        }
        if (request.email() != null) {
            user.email = request.email();
        }
        if (request.firstName() != null) {
            user.firstName = request.firstName();
        }
        if (request.lastName() != null) {
            user.lastName = request.lastName();
        }
        if (request.enabled() != null) {
            user.enabled = request.enabled();
        }
        // The row is written (and its version checked) before Keycloak changes: a stale or concurrent
        // update fails here and leaves the account as it was.
        user.flush();
        identity.update(id, request.email(), request.firstName(), request.lastName(), request.enabled());
        if (roles != null) {
            identity.setRoles(id, roles, Roles.STAFF);
        }
        StaffDtos.StaffUserView after = StaffDtos.StaffUserView.of(user);
        audit.record("staff-user.updated", ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public void delete(UUID id) {
        StaffUser user = find(id);
        if (user.id.toString().equals(caller.id())) {
            throw ProblemException.conflict("You cannot remove your own account.");
        }
        StaffDtos.StaffUserView before = StaffDtos.StaffUserView.of(user);
        user.delete();
        user.flush();
        identity.delete(id);
        audit.record("staff-user.deleted", ENTITY, id, before, null);
    }

    /** A tenant's first manager, created with the tenant; runs inside the new tenant's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public StaffDtos.StaffUserView createFirstManager(String username, String email, String firstName, String lastName,
                                                      String password, boolean temporaryPassword) {
        return create(new StaffDtos.CreateStaffUserRequest(username, email, firstName, lastName,
                List.of(StaffDtos.StaffRole.manager), password, temporaryPassword));
    }

    private static StaffUser find(UUID id) {
        return StaffUser.<StaffUser>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The staff account " + id));
    }
}
