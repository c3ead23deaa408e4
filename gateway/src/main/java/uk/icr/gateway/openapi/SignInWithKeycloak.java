package uk.icr.gateway.openapi;

import java.util.Optional;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Completes the merged document at start-up with what is only known where it runs: the identity provider
 * users sign in with (OAuth 2 authorization code with PKCE, which Swagger UI's "Authorize" uses), offered on
 * every operation beside the plain bearer token the services' own documents declare.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class SignInWithKeycloak implements OASFilter {

    public static final String SCHEME = "keycloak";

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        String issuer = issuer();
        openApi.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description("Sign in as a user of the council or trust (authorization code with PKCE).")
                .flows(OASFactory.createOAuthFlows().authorizationCode(OASFactory.createOAuthFlow()
                        .authorizationUrl(issuer + "/protocol/openid-connect/auth")
                        .tokenUrl(issuer + "/protocol/openid-connect/token")
                        .addScope("openid", "Who you are"))));
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(this::offer));
    }

    /** Either way of authenticating will do for an operation that asks for the bearer token. */
    private void offer(Operation operation) {
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            SecurityRequirement keycloak = OASFactory.createSecurityRequirement().addScheme(SCHEME);
            operation.addSecurityRequirement(keycloak);
        }
    }

    /** The issuer as browsers reach it (the token issuer when the gateway reaches it by another address). */
    private static String issuer() {
        var config = ConfigProvider.getConfig();
        Optional<String> issuer = config.getOptionalValue("quarkus.oidc.token.issuer", String.class)
                .filter(value -> value.startsWith("http"));
        return issuer.or(() -> config.getOptionalValue("quarkus.oidc.auth-server-url", String.class))
                .orElse("http://127.0.0.1:8180/realms/icr").replaceAll("/+$", "");
    }
}
