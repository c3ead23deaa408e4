package uk.icr.gateway.routing;

import java.net.URI;
import java.util.Map;

import io.smallrye.config.ConfigMapping;

/** Where each service answers, by upstream name ({@code assessment}, {@code careplan}, ...). */
@ConfigMapping(prefix = "icr.gateway")
public interface GatewayConfig {

    Map<String, URI> upstream();
}
