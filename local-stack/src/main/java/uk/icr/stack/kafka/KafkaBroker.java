package uk.icr.stack.kafka;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import uk.icr.stack.ChildProcess;
import uk.icr.stack.FreePorts;
import uk.icr.stack.TempDirs;

/**
 * A real Kafka broker (KRaft) in a child JVM, started from the classpath the kafka-broker module's build
 * resolved. Its standard input stays open to this JVM: if we die, the broker notices and stops itself.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String MAIN_CLASS = "uk.icr.stack.kafka.KafkaBrokerMain";
    private static final String READY = "ICR-KAFKA-READY";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final ChildProcess process;
    private final Path workDir;
    private final String bootstrapServers;

    private KafkaBroker(ChildProcess process, Path workDir, String bootstrapServers) {
        this.process = process;
        this.workDir = workDir;
        this.bootstrapServers = bootstrapServers;
    }

    /** Starts a broker and waits until it accepts clients; its output goes to {@code log}. */
    public static KafkaBroker start(Path log) {
        Path workDir = TempDirs.create("icr-kafka-");
        int brokerPort = FreePorts.next();
        int controllerPort = FreePorts.next();
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xms128m", "-Xmx512m",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", brokerClasspath(), MAIN_CLASS,
                workDir.resolve("data").toString(), Integer.toString(brokerPort), Integer.toString(controllerPort)));
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            ChildProcess child = ChildProcess.of("kafka", process, log);
            String bootstrap = awaitReady(child);
            return new KafkaBroker(child, workDir, bootstrap);
        } catch (IOException e) {
            TempDirs.deleteQuietly(workDir);
            throw new UncheckedIOException("Kafka broker did not start", e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    ProcessHandle processHandle() {
        return process.process().toHandle();
    }

    Path workDir() {
        return workDir;
    }

    /** Copies the broker's output to its log and completes with the bootstrap address when it is ready. */
    private static String awaitReady(ChildProcess child) {
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread pump = new Thread(() -> pumpOutput(child, ready), "kafka-output");
        pump.setDaemon(true);
        pump.start();
        try {
            return ready.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.stop(Duration.ofSeconds(5));
            throw new IllegalStateException("Interrupted while Kafka started", e);
        } catch (ExecutionException | TimeoutException e) {
            child.stop(Duration.ofSeconds(5));
            throw new IllegalStateException("Kafka broker did not become ready; see " + child.log(), e);
        }
    }

    private static void pumpOutput(ChildProcess child, CompletableFuture<String> ready) {
        try (BufferedReader lines = new BufferedReader(
                     new InputStreamReader(child.process().getInputStream(), StandardCharsets.UTF_8));
             Writer log = Files.newBufferedWriter(child.log(), StandardCharsets.UTF_8,
                     StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith(READY)) {
                    ready.complete(line.substring(READY.length()).trim());
                }
                log.write(line);
                log.write(System.lineSeparator());
                log.flush();
            }
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
        ready.completeExceptionally(new IllegalStateException("Kafka broker exited"));
    }

    /** The launcher's own classes, then the broker's dependencies, as written by the kafka-broker build. */
    static String brokerClasspath() {
        Properties launcher = new Properties();
        try (InputStream in = resource("META-INF/icr/kafka-broker.properties").openStream()) {
            launcher.load(in);
            String dependencies;
            try (InputStream deps = resource("META-INF/icr/kafka-broker.classpath").openStream()) {
                dependencies = new String(deps.readAllBytes(), StandardCharsets.UTF_8).trim();
            }
            return launcher.getProperty("classes") + java.io.File.pathSeparator + dependencies;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Kafka broker classpath", e);
        }
    }

    private static URL resource(String name) {
        URL url = KafkaBroker.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException(name + " is missing: build the local-stack/kafka-broker module first");
        }
        return url;
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Override
    public void close() {
        try {
            // Closing stdin is the broker's cue to shut down cleanly; SIGTERM follows if it lingers.
            process.process().getOutputStream().close();
            process.process().waitFor(20, TimeUnit.SECONDS);
        } catch (IOException e) {
            // the pipe is already gone: the broker is stopping on its own
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.stop(Duration.ofSeconds(10));
        TempDirs.deleteQuietly(workDir);
    }
}
