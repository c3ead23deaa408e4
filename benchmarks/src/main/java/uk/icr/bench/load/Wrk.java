package uk.icr.bench.load;

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

import uk.icr.bench.results.Quiet;

/**
 * wrk (Debian's), closed loop: good for the peak a server sustains, not for latency at a rate. Each of
 * its requests creates an assessment for a new person with a new Idempotency-Key (wrk/create-assessment.lua).
 */
public final class Wrk {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private final Path script;

    public Wrk(Path workDir) {
        try (InputStream lua = Wrk.class.getResourceAsStream("/wrk/create-assessment.lua")) {
            script = workDir.resolve("create-assessment.lua");
            Files.createDirectories(workDir);
            Files.write(script, lua.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What one wrk run saw. */
    public record Peak(int connections, double perSecond, long requests, long errors) {
    }

    /** Creates as fast as {@code connections} callers can for {@code duration}. */
    public Peak creates(String url, String token, int connections, Duration duration) {
        String output = Commands.run(List.of("wrk", "-t", "2", "-c", Integer.toString(connections), "-d",
                duration.toSeconds() + "s", "--timeout", "10s", "-s", script.toString(), url),
                Map.of("ICR_TOKEN", token), duration.plusSeconds(60));
        long errors = count(NON_2XX, output);
        Matcher socket = SOCKET_ERRORS.matcher(output);
        if (socket.find()) {
            for (int group = 1; group <= 4; group++) {
                errors += Long.parseLong(socket.group(group));
            }
        }
        long requests = count(TOTAL, output);
        Matcher rate = RATE.matcher(output);
        if (!rate.find()) {
            throw new IllegalStateException("wrk printed no rate:\n" + output);
        }
        settle();
        // wrk's rate counts refused calls too; the peak is of creates that succeeded.
        double perSecond = Double.parseDouble(rate.group(1)) * (requests == 0 ? 0 : (requests - errors) / (double) requests);
        return new Peak(connections, perSecond, requests, errors);
    }

    /**
     * A closed loop at peak overloads the suite on purpose: the gateway's circuit breaker may open (for 5 s)
     * and consumers fall behind. Whatever runs next must not measure that aftermath.
     */
    private static void settle() {
        try {
            Thread.sleep(6_000);
            Quiet.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long count(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }
}
