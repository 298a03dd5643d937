package io.aftercare.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body whose declared length is over the limit with a 413 problem, before the HTTP layer would
 * answer an empty 413 of its own. A chunked body that grows past the limit is still cut by that layer.
 */
@ApplicationScoped
public class BodyLimit {

    void install(@Observes Router router,
                 @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        long max = limit.asLongValue();
        router.route().order(-1_000_000).handler(ctx -> {
            String declared = ctx.request().getHeader("Content-Length");
            long length;
            try {
                length = declared == null ? -1 : Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                length = -1;
            }
            if (length <= max) {
                ctx.next();
                return;
            }
            EdgeProblems.refuse(ctx, 413, "payload-too-large", "Payload too large",
                    "The request body has " + length + " bytes; at most " + max + " are accepted.", true);
        });
    }
}
