package uk.icr.stack.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import uk.icr.stack.TempDirs;

/**
 * A real PostgreSQL 18 (zonky's embedded binaries) on a free loopback port, with one database and one
 * login role per service: services never share a database.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    public static EmbeddedPostgresServer start() {
        Path dataDir = TempDirs.create("icr-postgres-");
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(true)
                    // We stop it ourselves, in order; zonky's own hook would race ours.
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(30))
                    // Four services, each with a connection pool, plus benchmarks and psql.
                    .setServerConfig("max_connections", "300")
                    .start();
            return new EmbeddedPostgresServer(postgres, dataDir);
        } catch (IOException e) {
            TempDirs.deleteQuietly(dataDir);
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    Path dataDir() {
        return dataDir;
    }

    public int port() {
        return postgres.getPort();
    }

    /** Creates (once) the service's login role and the database it owns; see {@link PostgresDatabases}. */
    public PostgresDatabases.Database createDatabase(String name) {
        return PostgresDatabases.ensure(port(), name);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            // Ctrl-C reaches postgres itself too, so it may already be down when we ask it to stop.
            System.err.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        } finally {
            TempDirs.deleteQuietly(dataDir);
        }
    }
}
