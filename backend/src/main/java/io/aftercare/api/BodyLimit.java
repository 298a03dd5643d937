package io.aftercare.api;

import io.aftercare.problem.ProblemException;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * Refuses a body whose declared length is over the limit with a 413 problem, before the HTTP layer would
 * answer an empty 413 of its own. A chunked body that grows past the limit is still cut by that layer.
 */
@ApplicationScoped
public class BodyLimit {

    private static final Logger LOG = Logger.getLogger(BodyLimit.class);

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
            String errorId = UUID.randomUUID().toString();
            LOG.infof("Problem errorId=%s status=413 declared=%d limit=%d", errorId, length, max);
            JsonObject problem = new JsonObject()
                    .put("type", ProblemException.TYPE_BASE + "payload-too-large")
                    .put("title", "Payload too large")
                    .put("status", 413)
                    .put("detail", "The request body has " + length + " bytes; at most " + max + " are accepted.")
                    .put("instance", ctx.request().path())
                    .put("errorId", errorId);
            ctx.response().setStatusCode(413)
                    .putHeader("Content-Type", "application/problem+json")
                    .putHeader("Connection", "close")
                    .end(problem.encode());
        });
    }
}
