package uk.icr.stack.test;

import java.nio.file.Path;

import uk.icr.stack.kafka.KafkaBroker;
import uk.icr.stack.postgres.EmbeddedPostgresServer;

/**
 * One PostgreSQL and one Kafka broker for a whole test JVM (one module's test run), however many Quarkus
 * applications the tests start. Quarkus may load this class more than once, in different class loaders,
 * so the running stack is recorded in system properties, which every class loader sees, and stopped by a
 * JVM shutdown hook.
 */
final class SharedTestStack {

    private static final String POSTGRES_PORT = "icr.test-stack.postgres-port";
    private static final String KAFKA_BOOTSTRAP = "icr.test-stack.kafka-bootstrap";

    private SharedTestStack() {
    }

    record Endpoints(int postgresPort, String kafkaBootstrapServers) {
    }

    static Endpoints get() {
        synchronized (System.class) {
            if (System.getProperty(POSTGRES_PORT) == null) {
                start();
            }
            return new Endpoints(Integer.parseInt(System.getProperty(POSTGRES_PORT)),
                    System.getProperty(KAFKA_BOOTSTRAP));
        }
    }

    private static void start() {
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start();
        KafkaBroker kafka;
        try {
            kafka = KafkaBroker.start(Path.of("target", "kafka-broker.log"));
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            postgres.close();
        }, "icr-test-stack-stop"));
        System.setProperty(POSTGRES_PORT, Integer.toString(postgres.port()));
        System.setProperty(KAFKA_BOOTSTRAP, kafka.bootstrapServers());
        TestKafka.register(kafka);
    }
}
