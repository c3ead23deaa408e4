package uk.icr.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where each service answers, by upstream name ({@code assessment}, {@code careplan}, ...), and the edge's limits. */
@ConfigMapping(prefix = "icr.gateway")
public interface GatewayConfig {

    Map<String, URI> upstream();

    /** How long to wait for a connection to a service before answering 503. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long a service may stay silent (no response, or a stalled body) before the gateway answers 504. */
    @WithDefault("10s")
    Duration responseTimeout();

    CircuitBreaker circuitBreaker();

    RateLimit rateLimit();

    /** Per upstream: once this share of the last calls failed, calls fail fast (503) for {@code delay}. */
    interface CircuitBreaker {

        @WithDefault("20")
        int requestVolume();

        @WithDefault("0.5")
        double failureRatio();

        @WithDefault("5s")
        Duration delay();
    }

    /** Per client (the token's subject, or the address for calls without one): a token bucket. */
    interface RateLimit {

        /** Requests a second, sustained. */
        @WithDefault("50")
        int perSecond();

        /** Requests allowed at once above the sustained rate. */
        @WithDefault("100")
        int burst();
    }
}
