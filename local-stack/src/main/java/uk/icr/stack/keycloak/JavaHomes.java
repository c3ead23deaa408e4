package uk.icr.stack.keycloak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keycloak 26 needs Java 21 or newer while the suite builds on 17: this finds a JDK that will do, from
 * {@code ICR_KEYCLOAK_JAVA_HOME}, the running JVM, or the JDKs installed under /usr/lib/jvm.
 */
final class JavaHomes {

    private static final Pattern VERSION = Pattern.compile("JAVA_VERSION=\"(\\d+)");

    private JavaHomes() {
    }

    static Path atLeast(int feature) {
        String configured = System.getenv("ICR_KEYCLOAK_JAVA_HOME");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path running = Path.of(System.getProperty("java.home"));
        if (Runtime.version().feature() >= feature) {
            return running;
        }
        try (Stream<Path> installed = Files.list(Path.of("/usr/lib/jvm"))) {
            return installed.filter(home -> version(home).orElse(0) >= feature)
                    .max(Comparator.comparingInt(home -> version(home).orElse(0)))
                    .orElseThrow(() -> noJdk(feature));
        } catch (IOException e) {
            throw noJdk(feature);
        }
    }

    private static Optional<Integer> version(Path home) {
        try {
            Matcher m = VERSION.matcher(Files.readString(home.resolve("release")));
            return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static IllegalStateException noJdk(int feature) {
        return new IllegalStateException("Keycloak needs Java " + feature + "+: install one under /usr/lib/jvm"
                + " or set ICR_KEYCLOAK_JAVA_HOME");
    }
}
