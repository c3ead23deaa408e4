package uk.icr.stack.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Bearer tokens for tests, signed with a test-only RSA key that ships in this module
 * ({@code icr-test-keys/}); the test resource points {@code quarkus.oidc.public-key} at its public half.
 * Tests need no Keycloak, yet the services validate real signed JWTs exactly as in production.
 */
public final class TestTokens {

    public static final String ISSUER = "https://icr.test/realms/icr";
    public static final String DEFAULT_ORGANISATION = "RX1";

    private static final String PRIVATE_KEY = "icr-test-keys/private-key.pem";
    private static final String PUBLIC_KEY = "icr-test-keys/public-key.pem";

    private TestTokens() {
    }

    /** A token for {@code subject} with these realm roles, shaped as Keycloak shapes them. */
    public static String forRoles(String subject, String... roles) {
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .upn(subject)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .claim("organisation", DEFAULT_ORGANISATION)
                .expiresIn(Duration.ofMinutes(30))
                .sign(privateKey());
    }

    /** A token that is well formed but expired, for the 401 paths. */
    public static String expired(String subject, String... roles) {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .issuedAt(now - 3600)
                .expiresAt(now - 1800)
                .sign(privateKey());
    }

    /** What an application under test needs to accept these tokens, as configuration. */
    public static Map<String, String> acceptingConfig() {
        return Map.of("quarkus.oidc.public-key", publicKeyBase64(), "quarkus.oidc.token.issuer", ISSUER);
    }

    static String publicKeyBase64() {
        return read(PUBLIC_KEY)
                .replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
    }

    private static PrivateKey privateKey() {
        try {
            return KeyUtils.decodePrivateKey(read(PRIVATE_KEY));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The test signing key is unreadable", e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
