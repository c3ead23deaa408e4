package uk.icr.stack.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import uk.icr.stack.ChildProcess;
import uk.icr.stack.FreePorts;
import uk.icr.stack.Http;
import uk.icr.stack.TempDirs;

/**
 * Keycloak (the Maven distribution zip, unpacked by the local-run profile) in development mode with the
 * committed {@code icr} realm. Everything is addressed as 127.0.0.1: a token fetched through
 * "localhost" names another issuer and the services would reject it.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "icr";

    private final ChildProcess process;
    private final Path home;
    private final int port;

    private KeycloakServer(ChildProcess process, Path home, int port) {
        this.process = process;
        this.home = home;
        this.port = port;
    }

    /**
     * Launches Keycloak and returns at once; call {@link #awaitReady} before handing out its address.
     *
     * @param home       the unpacked distribution
     * @param realmFile  the realm to import
     * @param gatewayUrl where Swagger UI runs, allowed as a redirect target
     */
    public static KeycloakServer launch(Path home, Path realmFile, int port, String gatewayUrl, Path log) {
        try {
            prepareData(home.resolve("data"), realmFile, gatewayUrl);
            List<String> command = List.of(home.resolve("bin").resolve("kc.sh").toString(), "start-dev",
                    "--http-host=127.0.0.1", "--http-port=" + port,
                    "--http-management-port=" + FreePorts.next(), "--health-enabled=true",
                    "--import-realm", "--log-level=warn,org.keycloak.services:info");
            Map<String, String> env = Map.of(
                    "JAVA_HOME", JavaHomes.atLeast(21).toString(),
                    "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                    "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                    "ICR_GATEWAY_URL", gatewayUrl);
            return new KeycloakServer(ChildProcess.start("keycloak", command, env, home, log), home, port);
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not start", e);
        }
    }

    /**
     * Keycloak's database (H2, under the unpacked distribution) is kept from one run to the next: creating
     * it and the master realm is most of Keycloak's start-up. It is made anew when the realm file or the
     * gateway's address (the allowed redirect) changed, as the import never overwrites an existing realm.
     */
    private static void prepareData(Path data, Path realmFile, String gatewayUrl) throws IOException {
        String fingerprint = sha256(Files.readString(realmFile) + "\n" + gatewayUrl);
        Path marker = data.resolve("icr-realm.fingerprint");
        if (Files.exists(marker) && Files.readString(marker).equals(fingerprint)) {
            return;
        }
        TempDirs.deleteQuietly(data);
        Path imports = Files.createDirectories(data.resolve("import"));
        Files.copy(realmFile, imports.resolve("icr-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(marker, fingerprint);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void awaitReady(Duration timeout) {
        Http.awaitOk("Keycloak", issuer() + "/.well-known/openid-configuration", process::isAlive, timeout);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    public static boolean isUnpacked(Path home) {
        return Files.isRegularFile(home.resolve("bin").resolve("kc.sh"));
    }

    /** The single keycloak-x.y.z directory the local-run profile unpacked under {@code dir}. */
    public static Path findHome(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(KeycloakServer::isUnpacked).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No Keycloak under " + dir
                            + ": build with ./mvnw -Plocal-run package -DskipTests"));
        } catch (IOException e) {
            throw new IllegalStateException("No Keycloak under " + dir + ": build with ./mvnw -Plocal-run package", e);
        }
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(20));
        TempDirs.deleteQuietly(home.resolve("data").resolve("tmp"));
    }
}
