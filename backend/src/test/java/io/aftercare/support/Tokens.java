package io.aftercare.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.util.Set;
import java.util.UUID;

/** Signs access tokens the way Keycloak shapes them, with the test key the API under test trusts. */
public final class Tokens {

    public static final String ISSUER = "https://issuer.aftercare.test/realms/aftercare";

    private Tokens() {
    }

    public static JwtClaimsBuilder claims(UUID tenant, String... roles) {
        String subject = UUID.randomUUID().toString();
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .subject(subject)
                .claim("preferred_username", "user-" + subject.substring(0, 8))
                .groups(Set.of(roles))
                .expiresIn(300);
        if (tenant != null) {
            claims.claim("tenant", tenant.toString());
        }
        return claims;
    }

    public static String of(UUID tenant, String... roles) {
        return claims(tenant, roles).sign();
    }

    public static String manager(UUID tenant) {
        return of(tenant, "manager");
    }

    public static String platformAdmin() {
        return of(null, "platform-admin");
    }
}
