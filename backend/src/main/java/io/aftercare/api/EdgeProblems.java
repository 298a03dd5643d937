package io.aftercare.api;

import io.aftercare.problem.ProblemException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * Writes an RFC 9457 problem straight from a Vert.x route, for refusals decided before the REST layer sees the
 * request (a body, path or header block over the limit). The connection is closed: the rest of the request is
 * not read.
 */
final class EdgeProblems {

    private static final Logger LOG = Logger.getLogger(EdgeProblems.class);

    private EdgeProblems() {
    }

    static void refuse(RoutingContext ctx, int status, String type, String title, String detail, boolean showPath) {
        String errorId = UUID.randomUUID().toString();
        LOG.infof("Problem errorId=%s status=%d type=%s detail=%s", errorId, status, type, detail);
        JsonObject problem = new JsonObject()
                .put("type", ProblemException.TYPE_BASE + type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        if (showPath) {
            problem.put("instance", ctx.request().path());
        }
        problem.put("errorId", errorId);
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .putHeader("Connection", "close")
                .end(problem.encode());
    }
}
