package io.aftercare.api;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request to a protected API path without a valid token is answered 401 before anything else about it is
 * judged: its media type (415), its Accept header (406), its body (400) or its path (404). The REST layer picks
 * the method, and so answers 415 and 406, before it checks roles; this filter runs before that choice.
 * Only the customers' booking pages under {@value #PUBLIC} need no token. The rate limit still comes first, so a
 * flood of made-up tokens is limited before their signatures are checked.
 */
@ApplicationScoped
public class AuthenticationFirst {

    static final String PUBLIC = "/api/v1/public/";

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter(preMatching = true, priority = 25)
    public Uni<Void> requireToken(ContainerRequestContext request) {
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/+", "");
        if (!path.startsWith("/api/") || path.startsWith(PUBLIC)) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().onItem().invoke(identity -> {
            if (identity == null || identity.isAnonymous()) {
                throw new UnauthorizedException();
            }
        }).replaceWithVoid();
    }
}
