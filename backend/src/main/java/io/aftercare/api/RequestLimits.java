package io.aftercare.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/**
 * Refuses a too-long request target (414) or too-large header block (431) with a problem. The HTTP layer's own
 * limits (quarkus.http.limits.max-initial-line-length, max-header-size) are set well above these, so such a
 * request reaches this route instead of getting the layer's empty answer; only a request past the layer's limits
 * still gets that.
 */
@ApplicationScoped
public class RequestLimits {

    void install(@Observes Router router,
                 @ConfigProperty(name = "aftercare.http.max-uri-length") int maxUri,
                 @ConfigProperty(name = "aftercare.http.max-header-size") MemorySize maxHeaders) {
        long maxHeaderBytes = maxHeaders.asLongValue();
        router.route().order(-1_500_000).handler(ctx -> {
            int uri = ctx.request().uri().length();
            if (uri > maxUri) {
                // The path itself is not echoed: it is what is too long.
                EdgeProblems.refuse(ctx, 414, "uri-too-long", "URI too long",
                        "The request path and query have " + uri + " characters; at most " + maxUri + " are accepted.", false);
                return;
            }
            long headers = headerBytes(ctx.request().headers());
            if (headers > maxHeaderBytes) {
                EdgeProblems.refuse(ctx, 431, "request-header-fields-too-large", "Request header fields too large",
                        "The request headers have " + headers + " bytes; at most " + maxHeaderBytes + " are accepted.", true);
                return;
            }
            ctx.next();
        });
    }

    /** Bytes of the header block as sent: "name: value\r\n" per field. */
    private static long headerBytes(MultiMap headers) {
        long bytes = 0;
        for (Map.Entry<String, String> h : headers) {
            bytes += h.getKey().length() + h.getValue().length() + 4;
        }
        return bytes;
    }
}
