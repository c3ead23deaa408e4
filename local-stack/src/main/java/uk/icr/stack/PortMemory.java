package uk.icr.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The ports a local run chose, remembered for the next run: the Swagger UI address stays the same from
 * one run to the next while the port is free, and Keycloak can keep its database (its allowed redirect
 * names the gateway's address). An environment variable always wins; a taken port is replaced.
 */
public final class PortMemory {

    private final Path file;
    private final Properties ports = new Properties();

    public PortMemory(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                ports.load(in);
            } catch (IOException e) {
                ports.clear();
            }
        }
    }

    public int port(String name, String environmentVariable) {
        String configured = System.getenv(environmentVariable);
        int port;
        if (configured != null && !configured.isBlank()) {
            port = Integer.parseInt(configured.trim());
        } else {
            String remembered = ports.getProperty(name);
            port = remembered != null && isFree(Integer.parseInt(remembered)) ? Integer.parseInt(remembered) : FreePorts.next();
        }
        ports.setProperty(name, Integer.toString(port));
        save();
        return port;
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                ports.store(out, "Ports of the last local run (run.sh); delete to choose new ones");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
