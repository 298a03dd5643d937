package io.aftercare.api;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every answer of the main port carries the browser security headers, whoever writes it: a resource, an exception
 * mapper, the edge limits (413, 414, 431) or Vert.x itself (404 of an unknown path). Set once, here, when the
 * response's headers are final.
 * <ul>
 *   <li>{@code Cache-Control: no-store}: answers are per caller and must not stay in a shared or browser cache;</li>
 *   <li>{@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY};</li>
 *   <li>{@code Referrer-Policy: no-referrer}: an API answer never navigates, so nothing needs a referrer;</li>
 *   <li>{@code Content-Security-Policy}: {@code default-src 'none'; frame-ancestors 'none'} for JSON and empty
 *       answers, plus {@code sandbox} for a download, which also gets {@code Content-Disposition: attachment} with a
 *       safe file name (see {@link DownloadNames}).</li>
 * </ul>
 * Swagger UI is a page with scripts and styles: it only gets {@code frame-ancestors 'none'} and keeps its caching.
 * HSTS is not sent from here: TLS ends at the Ingress, which sets it (see the chart's README).
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String JSON_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String DOWNLOAD_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

    void install(@Observes Router router) {
        router.route().order(-2_000_000).handler(ctx -> {
            String path = ctx.request().path();
            ctx.addHeadersEndHandler(ignored -> apply(path == null ? "" : path, ctx.response()));
            ctx.next();
        });
    }

    static void apply(String path, HttpServerResponse response) {
        MultiMap headers = response.headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        if (path.startsWith("/q/swagger-ui")) {
            headers.set("Content-Security-Policy", "frame-ancestors 'none'");
            return;
        }
        headers.set("Cache-Control", "no-store");
        String type = headers.get("Content-Type");
        if (isDownload(type, response.getStatusCode())) {
            headers.set("Content-Security-Policy", DOWNLOAD_POLICY);
            headers.set("Content-Disposition", DownloadNames.attachment(headers.get("Content-Disposition"), path, type));
        } else {
            headers.set("Content-Security-Policy", JSON_POLICY);
        }
    }

    /** A body that is not JSON (XLSX, PDF, PNG, an attachment's bytes, CSV): a file to save, never to render. */
    static boolean isDownload(String contentType, int status) {
        if (contentType == null || status < 200 || status >= 300 || status == 204) {
            return false;
        }
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        int semicolon = type.indexOf(';');
        type = (semicolon < 0 ? type : type.substring(0, semicolon)).trim();
        return !(type.equals("application/json") || type.endsWith("+json") || type.startsWith("text/plain")
                || type.equals("application/yaml") || type.equals("text/html"));
    }
}
