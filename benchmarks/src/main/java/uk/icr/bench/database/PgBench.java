package uk.icr.bench.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.icr.bench.load.Commands;

/**
 * pgbench (Debian's) running the SQL of one create (pgbench/create-assessment.sql) against the suite's own
 * PostgreSQL, as the assessment-service's role, with prepared statements as the JDBC driver uses them.
 */
public final class PgBench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

    private final Path script;
    private final int port;

    public PgBench(Path workDir, int port) {
        this.port = port;
        try (InputStream sql = PgBench.class.getResourceAsStream("/pgbench/create-assessment.sql")) {
            Files.createDirectories(workDir);
            script = workDir.resolve("create-assessment.sql");
            Files.write(script, sql.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One run at a client count: transactions a second and their mean latency. */
    public record Run(int clients, double tps, double meanLatencyMs) {
    }

    public Run run(int clients, Duration duration) {
        String output = Commands.run(List.of("pgbench", "-n", "-M", "prepared", "-f", script.toString(), "-c",
                Integer.toString(clients), "-j", Integer.toString(Math.min(clients, 2)), "-T",
                Long.toString(duration.toSeconds()), "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "assessment",
                "assessment"), Map.of("PGPASSWORD", "assessment"), duration.plusSeconds(60));
        Matcher tps = TPS.matcher(output);
        Matcher latency = LATENCY.matcher(output);
        if (!tps.find() || !latency.find() || output.contains("error")) {
            throw new IllegalStateException("pgbench did not run cleanly:\n" + output);
        }
        return new Run(clients, Double.parseDouble(tps.group(1)), Double.parseDouble(latency.group(1)));
    }
}
