package uk.icr.gateway.routing;

import java.net.URI;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * A service builds absolute {@code Location}s from the address it was called on, which behind the gateway
 * is its own internal one. Clients must only ever see the gateway's address, so the upstream's origin is
 * swapped for the origin the client called.
 */
final class LocationRewrite implements ProxyInterceptor {

    private final String upstreamOrigin;

    LocationRewrite(URI upstream) {
        this.upstreamOrigin = upstream.getScheme() + "://" + upstream.getRawAuthority();
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        ProxyResponse response = context.response();
        String location = response.headers().get(HttpHeaders.LOCATION);
        if (location != null && location.startsWith(upstreamOrigin)) {
            HttpServerRequest client = context.request().proxiedRequest();
            response.headers().set(HttpHeaders.LOCATION,
                    client.scheme() + "://" + client.host() + location.substring(upstreamOrigin.length()));
        }
        return context.sendResponse();
    }
}
