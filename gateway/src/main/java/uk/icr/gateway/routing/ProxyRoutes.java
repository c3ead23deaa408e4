package uk.icr.gateway.routing;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;

/**
 * Mounts a reverse proxy per service on the Quarkus router. Paths, methods, bodies (streamed), status
 * codes and headers pass through unchanged, but for {@code Location}, which names the gateway rather than
 * the service; the services check tokens and roles themselves. Each call is bounded: a connect timeout, a
 * response (idle) timeout and a circuit breaker per upstream.
 */
@ApplicationScoped
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);
    /** After the edge's checks ({@code EdgeGuard}), before the gateway's own REST endpoints. */
    static final int ORDER = 2_000;

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
            HttpProxy proxy = proxy(route.upstream(), upstream);
            router.route(route.prefix()).order(ORDER).handler(rc -> proxy.handle(rc.request()));
            router.route(route.prefix() + "/*").order(ORDER).handler(rc -> proxy.handle(rc.request()));
            LOG.infof("Routing %s to %s", route.prefix(), upstream);
        }
    }

    private HttpProxy proxy(String service, URI upstream) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxPoolSize(100));
        SocketAddress origin = SocketAddress.inetSocketAddress(upstream.getPort(), upstream.getHost());
        long idleTimeout = config.responseTimeout().toMillis();
        HttpProxy proxy = HttpProxy.reverseProxy(client).originRequestProvider((request, http) -> {
            // The idle timeout fails a call whose answer (or the rest of its body) stops coming: 504.
            Future<HttpClientRequest> sent = http.request(new RequestOptions().setServer(origin)
                    .setHost(upstream.getHost()).setPort(upstream.getPort()));
            return sent.map(upstreamRequest -> upstreamRequest.idleTimeout(idleTimeout));
        });
        proxy.addInterceptor(new UpstreamGuard(service, config.responseTimeout(), config.circuitBreaker()));
        proxy.addInterceptor(new LocationRewrite(upstream));
        return proxy;
    }
}
