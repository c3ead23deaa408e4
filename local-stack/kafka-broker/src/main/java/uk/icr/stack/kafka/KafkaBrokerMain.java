package uk.icr.stack.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;

/**
 * Runs one Kafka 4 broker in KRaft mode (broker and controller in one process) in its own JVM.
 *
 * <p>Arguments: {@code <work-dir> <broker-port> <controller-port>}. The work dir is formatted on first use
 * and kept when the broker is stopped with SIGTERM, so the parent can restart it on the same data (an
 * outage drill); the parent deletes it when done. The parent learns the broker is up from the
 * {@link #READY} line on standard output, and keeps our standard input open: when the parent goes away
 * (even by SIGKILL) the pipe closes, and this broker shuts down and deletes its work dir itself, so a
 * crashed test run never leaves a broker or its files behind.
 */
public final class KafkaBrokerMain {

    /** The line printed, followed by the bootstrap address, once the broker accepts clients. */
    public static final String READY = "ICR-KAFKA-READY";

    private static volatile boolean orphaned;

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: KafkaBrokerMain <work-dir> <broker-port> <controller-port>");
            System.exit(2);
        }
        Path workDir = Path.of(args[0]).toAbsolutePath();
        int brokerPort = Integer.parseInt(args[1]);
        int controllerPort = Integer.parseInt(args[2]);

        Properties props = brokerProperties(workDir.resolve("log"), brokerPort, controllerPort);
        Path config = workDir.resolve("server.properties");
        Files.createDirectories(workDir);
        try (OutputStream out = Files.newOutputStream(config)) {
            props.store(out, "ICR embedded Kafka broker");
        }
        int formatted = StorageTool.execute(new String[] {"format", "--config", config.toString(),
                "--cluster-id", Uuid.randomUuid().toString(), "--standalone", "--ignore-formatted"}, System.err);
        if (formatted != 0) {
            deleteRecursively(workDir);
            System.exit(formatted);
        }

        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            server.awaitShutdown();
            if (orphaned) {
                deleteRecursively(workDir);
            }
        }, "kafka-broker-stop"));
        exitWhenParentGoes();

        server.startup();
        System.out.println(READY + " 127.0.0.1:" + brokerPort);
        System.out.flush();
        server.awaitShutdown();
    }

    static Properties brokerProperties(Path logDir, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
        p.setProperty("log.dirs", logDir.toString());
        // One broker: every internal topic has a single replica.
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("num.partitions", "3");
        p.setProperty("auto.create.topics.enable", "true");
        // Tests join consumer groups often; waiting for more members only slows them.
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        return p;
    }

    private static void exitWhenParentGoes() {
        Thread watcher = new Thread(() -> {
            try (InputStream in = System.in) {
                while (in.read() != -1) {
                    // the parent writes nothing; we only wait for the pipe to close
                }
            } catch (IOException ignored) {
                // a broken pipe means the same as end of input
            }
            orphaned = true;
            System.exit(0);
        }, "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Could not delete " + dir + ": " + e.getMessage());
        }
    }
}
