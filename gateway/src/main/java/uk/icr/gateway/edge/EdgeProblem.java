package uk.icr.gateway.edge;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The RFC 9457 answer of the gateway itself, in the same shape as every service's: a client cannot tell
 * from the body whether the edge or a service refused it, only from what it says.
 */
public record EdgeProblem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public JsonObject toJson(String instance) {
        return new JsonObject().put("type", type).put("title", title).put("status", status).put("detail", detail)
                .put("instance", instance);
    }

    /** Ends the exchange with this problem, unless an answer has already begun. */
    public void send(RoutingContext context) {
        if (context.response().headWritten()) {
            context.response().reset();
            return;
        }
        context.response().setStatusCode(status).putHeader("Content-Type", MEDIA_TYPE)
                .end(toJson(context.request().path()).encode());
    }
}
