package uk.icr.gateway.routing;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;

/**
 * Mounts a reverse proxy per service on the Quarkus router. Paths, methods, bodies (streamed), status
 * codes and headers pass through unchanged, but for {@code Location}, which names the gateway rather than
 * the service; the services check tokens and roles themselves.
 */
@ApplicationScoped
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    @Inject
    GatewayConfig config;

    @Inject
    Vertx vertx;

    void mount(@Observes Router router) {
        for (Route route : Route.ALL) {
            URI upstream = config.upstream().get(route.upstream());
            if (upstream == null) {
                throw new IllegalStateException("No address for upstream " + route.upstream()
                        + ": set icr.gateway.upstream." + route.upstream());
            }
            HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                    .setDefaultHost(upstream.getHost())
                    .setDefaultPort(upstream.getPort()));
            HttpProxy proxy = HttpProxy.reverseProxy(client).origin(upstream.getPort(), upstream.getHost());
            proxy.addInterceptor(new LocationRewrite(upstream));
            router.route(route.prefix()).handler(rc -> proxy.handle(rc.request()));
            router.route(route.prefix() + "/*").handler(rc -> proxy.handle(rc.request()));
            LOG.infof("Routing %s to %s", route.prefix(), upstream);
        }
    }
}
