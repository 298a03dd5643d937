package io.aftercare.security;

import java.util.List;

/** Realm roles of the Keycloak realm, as they appear in the token's {@code groups} claim. */
public final class Roles {

    public static final String PLATFORM_ADMIN = "platform-admin";
    public static final String MANAGER = "manager";
    public static final String DISPATCHER = "dispatcher";
    public static final String INSTALLER = "installer";
    public static final String PARTNER = "partner";
    public static final String CUSTOMER = "customer";
    public static final String INTEGRATION = "integration";

    /** Roles a tenant's manager may give to its staff. */
    public static final List<String> STAFF = List.of(MANAGER, DISPATCHER, INSTALLER, PARTNER);

    private Roles() {
    }
}
