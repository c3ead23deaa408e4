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
 * resolved. Its standard input stays open to this JVM: if we die, the broker notices, stops itself and
 * deletes its data. It can be stopped and restarted on the same ports and data, for outage drills.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String MAIN_CLASS = "uk.icr.stack.kafka.KafkaBrokerMain";
    private static final String READY = "ICR-KAFKA-READY";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path workDir;
    private final Path log;
    private final int brokerPort;
    private final int controllerPort;
    private volatile ChildProcess process;

    private KafkaBroker(Path workDir, Path log, int brokerPort, int controllerPort) {
        this.workDir = workDir;
        this.log = log;
        this.brokerPort = brokerPort;
        this.controllerPort = controllerPort;
    }

    /** Starts a broker and waits until it accepts clients; its output goes to {@code log}. */
    public static KafkaBroker start(Path log) {
        KafkaBroker broker = new KafkaBroker(TempDirs.create("icr-kafka-"), log, FreePorts.next(), FreePorts.next());
        try {
            broker.launch();
            return broker;
        } catch (RuntimeException e) {
            TempDirs.deleteQuietly(broker.workDir);
            throw e;
        }
    }

    private void launch() {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xms128m", "-Xmx512m",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", brokerClasspath(), MAIN_CLASS,
                workDir.resolve("data").toString(), Integer.toString(brokerPort), Integer.toString(controllerPort)));
        try {
            Files.createDirectories(log.getParent());
            Process started = new ProcessBuilder(command).redirectErrorStream(true).start();
            ChildProcess child = ChildProcess.of("kafka", started, log);
            awaitReady(child);
            process = child;
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka broker did not start", e);
        }
    }

    /** Stops the broker but keeps its data, as an outage would; {@link #restart} brings it back. */
    public void stop() {
        process.stop(Duration.ofSeconds(30));
    }

    /** Starts a stopped broker again, on the same ports and the same data. */
    public void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException("The broker is running");
        }
        launch();
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    ProcessHandle processHandle() {
        return process.process().toHandle();
    }

    Path workDir() {
        return workDir;
    }

    /** Copies the broker's output to its log and returns once it is ready. */
    private static void awaitReady(ChildProcess child) {
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread pump = new Thread(() -> pumpOutput(child, ready), "kafka-output");
        pump.setDaemon(true);
        pump.start();
        try {
            ready.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
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
        process.stop(Duration.ofSeconds(30));
        TempDirs.deleteQuietly(workDir);
    }
}
