package uk.icr.stack.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

import uk.icr.stack.ChildProcess;
import uk.icr.stack.Http;
import uk.icr.stack.PortMemory;
import uk.icr.stack.keycloak.KeycloakServer;
import uk.icr.stack.kafka.KafkaBroker;
import uk.icr.stack.postgres.EmbeddedPostgresServer;
import uk.icr.stack.postgres.PostgresDatabases;

/**
 * The one-command local run (see run.sh): embedded PostgreSQL with a database per service, a Kafka
 * broker, Keycloak, the four services and the gateway, each on a configured, remembered or free port. Ctrl-C stops
 * them all, in reverse order, and removes their temporary directories.
 */
public final class LocalStackMain {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    /**
     * Six JVMs share a developer's machine: the serial collector and a small initial heap start them sooner and
     * keep their idle memory lower (measured on two cores by the benchmarks); the heap still grows to 384 MB.
     */
    public static final List<String> SERVICE_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx384m");

    private final Path home;
    private final Path keycloakDir;
    private final Path logs;
    private final Deque<AutoCloseable> started = new ConcurrentLinkedDeque<>();
    private final long t0 = System.nanoTime();
    private volatile boolean stopping;

    private volatile String gatewayUrl;
    private volatile String keycloakUrl;
    private volatile EmbeddedPostgresServer postgres;
    private volatile KafkaBroker kafka;
    private volatile Duration readyIn;
    private final Map<String, Launched> byName = new ConcurrentHashMap<>();

    private LocalStackMain(Path home, Path keycloakDir, Path logs) {
        this.home = home;
        this.keycloakDir = keycloakDir;
        this.logs = logs;
    }

    /** The suite as a test drives it: started as {@code ./run.sh} starts it, stopped by {@link #close()}. */
    public static final class Running implements AutoCloseable {
        private final LocalStackMain stack;

        private Running(LocalStackMain stack) {
            this.stack = stack;
        }

        public String gatewayUrl() {
            return stack.gatewayUrl;
        }

        public String keycloakUrl() {
            return stack.keycloakUrl;
        }

        /** A service's own address (say {@code assessment-service}), to call it without the gateway. */
        public String serviceUrl(String name) {
            return stack.launched(name).url;
        }

        /** The operating system's process id of a service or the gateway, to read its memory. */
        public long pid(String name) {
            return stack.launched(name).process.process().pid();
        }

        /** The embedded PostgreSQL's port on 127.0.0.1 (superuser postgres/postgres; each service's role is named after its database, password the same). */
        public int postgresPort() {
            return stack.postgres.port();
        }

        public String kafkaBootstrapServers() {
            return stack.kafka.bootstrapServers();
        }

        /** From the call to {@link #start} until every part answered ready. */
        public Duration readyIn() {
            return stack.readyIn;
        }

        /**
         * Stops a service and starts it again, alone, with the same port and settings; returns the time from
         * its process being started to its readiness check answering 200.
         */
        public Duration restartService(String name) throws IOException {
            return stack.restart(name);
        }

        /** Stops one service (say {@code budget-service}) and leaves the rest running, as an outage would. */
        public void stopService(String name) {
            stack.launched(name).process.close();
        }

        @Override
        public void close() {
            stack.stop();
        }
    }

    /**
     * Starts the whole suite from the services' built applications under {@code home}, with the Keycloak
     * distribution unpacked in {@code keycloakDir}, logging to {@code logs}; returns once every part is ready.
     */
    public static Running start(Path home, Path keycloakDir, Path logs) throws IOException {
        LocalStackMain stack = new LocalStackMain(home, keycloakDir, logs);
        try {
            stack.start();
        } catch (IOException | RuntimeException e) {
            stack.stop();
            throw e;
        }
        return new Running(stack);
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("icr.home", ".")).toAbsolutePath().normalize();
        LocalStackMain stack = new LocalStackMain(home, home.resolve("local-stack/target/keycloak"),
                home.resolve("local-stack").resolve("target").resolve("run-logs"));
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "icr-stop"));
        try {
            stack.start();
        } catch (IOException | RuntimeException e) {
            System.err.println("\nThe suite did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        stack.watch();
    }

    /** Returns only if a process dies on its own; the suite is then stopped rather than left half up. */
    private void watch() throws InterruptedException {
        while (true) {
            // byName, not the list: a restarted service replaces its entry.
            for (Launched launched : byName.values()) {
                if (!launched.process.isAlive() && !stopping) {
                    System.err.printf("%n%s exited with code %d; see %s. Stopping the suite.%n", launched.name,
                            launched.process.process().exitValue(), launched.process.log());
                    System.exit(1);
                }
            }
            Thread.sleep(1000);
        }
    }

    private List<Launched> start() throws IOException {
        Files.createDirectories(logs);
        PortMemory ports = new PortMemory(home.resolve("local-stack/target/run-ports.properties"));
        int gatewayPort = ports.port("gateway", "ICR_GATEWAY_PORT");
        String gatewayUrl = "http://127.0.0.1:" + gatewayPort;

        // Keycloak is the slowest to start, so it goes first and the rest come up while it does.
        KeycloakServer keycloak = KeycloakServer.launch(KeycloakServer.findHome(keycloakDir),
                home.resolve("local-stack/src/main/keycloak/icr-realm.json"),
                ports.port("keycloak", "ICR_KEYCLOAK_PORT"), gatewayUrl, logs.resolve("keycloak.log"));
        started.push(keycloak);
        log("Keycloak launching on " + keycloak.url());

        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start();
        this.postgres = postgres;
        started.push(postgres);
        log("PostgreSQL ready on 127.0.0.1:" + postgres.port());

        KafkaBroker kafka = KafkaBroker.start(logs.resolve("kafka.log"));
        this.kafka = kafka;
        started.push(kafka);
        log("Kafka ready on " + kafka.bootstrapServers());

        Map<String, String> upstreams = new LinkedHashMap<>();
        List<Launched> services = new ArrayList<>();
        for (ServiceSpec spec : ServiceSpec.DOMAIN_SERVICES) {
            PostgresDatabases.Database db = postgres.createDatabase(spec.database());
            int port = ports.port(spec.name(), "ICR_" + spec.upstream().toUpperCase() + "_PORT");
            Map<String, String> env = new HashMap<>();
            env.put("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl());
            env.put("QUARKUS_DATASOURCE_USERNAME", db.username());
            env.put("QUARKUS_DATASOURCE_PASSWORD", db.password());
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
            env.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.issuer());
            // Demo people, so Swagger UI shows something meaningful; never set outside the local run.
            env.put("ICR_DEMO_DATA_ENABLED", "true");
            // The services already started, for those that call them (the care plan service reads assessments).
            upstreams.forEach((name, url) -> env.put("QUARKUS_REST_CLIENT_" + name.toUpperCase() + "_SERVICE_URL", url));
            services.add(launch(spec, port, env));
            upstreams.put(spec.upstream(), "http://127.0.0.1:" + port);
        }

        Map<String, String> gatewayEnv = new HashMap<>();
        upstreams.forEach((name, url) -> gatewayEnv.put("ICR_GATEWAY_UPSTREAM_" + name.toUpperCase(), url));
        gatewayEnv.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.issuer());
        Launched gateway = launch(ServiceSpec.GATEWAY, gatewayPort, gatewayEnv);

        keycloak.awaitReady(READY_TIMEOUT);
        log("Keycloak ready on " + keycloak.url());
        for (Launched service : services) {
            service.awaitReady();
        }
        gateway.awaitReady();
        this.gatewayUrl = gatewayUrl;
        this.keycloakUrl = keycloak.url();
        this.readyIn = Duration.ofNanos(System.nanoTime() - t0);
        printBanner(gatewayUrl, keycloak, upstreams);
        services.add(gateway);
        return services;
    }

    private Launched launch(ServiceSpec spec, int port, Map<String, String> env) throws IOException {
        Path jar = home.resolve(spec.name()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build with ./mvnw -Plocal-run package -DskipTests");
        }
        Map<String, String> all = new HashMap<>(env);
        all.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        all.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(SERVICE_JVM_OPTIONS);
        command.addAll(List.of("-jar", jar.toString()));
        ChildProcess process = ChildProcess.start(spec.name(), command, all, home.resolve(spec.name()),
                logs.resolve(spec.name() + ".log"));
        started.push(process);
        Launched launched = new Launched(spec, port, env, process);
        byName.put(spec.name(), launched);
        return launched;
    }

    private Launched launched(String name) {
        Launched service = byName.get(name);
        if (service == null) {
            throw new IllegalArgumentException("No service " + name + " in this suite");
        }
        return service;
    }

    private Duration restart(String name) throws IOException {
        Launched old = launched(name);
        old.process.close();
        started.remove(old.process);
        long launchedAt = System.nanoTime();
        Launched again = launch(old.spec, old.port, old.env);
        // Polled often: the time is the measurement, not only a wait.
        Http.awaitOk(name, again.url + "/q/health/ready", again.process::isAlive, READY_TIMEOUT, Duration.ofMillis(10));
        Duration took = Duration.ofNanos(System.nanoTime() - launchedAt);
        log(name + " ready again on " + again.url);
        return took;
    }

    private final class Launched {
        final String name;
        final ServiceSpec spec;
        final int port;
        final Map<String, String> env;
        final ChildProcess process;
        final String url;

        Launched(ServiceSpec spec, int port, Map<String, String> env, ChildProcess process) {
            this.name = spec.name();
            this.spec = spec;
            this.port = port;
            this.env = Map.copyOf(env);
            this.process = process;
            this.url = "http://127.0.0.1:" + port;
        }

        void awaitReady() {
            Http.awaitOk(name, url + "/q/health/ready", process::isAlive, READY_TIMEOUT);
            log(name + " ready on " + url);
        }
    }

    private void printBanner(String gatewayUrl, KeycloakServer keycloak, Map<String, String> upstreams) {
        String services = String.join("\n", upstreams.entrySet().stream()
                .map(e -> String.format("    %-11s %s", e.getKey(), e.getValue())).toList());
        System.out.printf("""

                Integrated Care Records is up (%.1f s).

                  Swagger UI   %s/q/swagger-ui
                  API          %s/api/v1
                  OpenAPI      %s/q/openapi
                  Keycloak     %s  (realm %s, admin console: admin / admin)
                  Services
                %s
                  Logs         %s

                Demo users (password "demo"): pat.practitioner (practitioner), cara.coordinator (care-coordinator),
                  bob.budgets (budget-manager), cas.support (carer-support), aud.auditor (auditor), pip.partner (partner)

                A token for a demo user:
                  curl -s -d grant_type=password -d client_id=icr-cli -d username=pat.practitioner -d password=demo \\
                    %s/protocol/openid-connect/token

                Press Ctrl-C to stop everything.
                """, seconds(), gatewayUrl, gatewayUrl, gatewayUrl, keycloak.url(), KeycloakServer.REALM, services,
                logs, keycloak.issuer());
    }

    private void stop() {
        stopping = true;
        if (started.isEmpty()) {
            return;
        }
        log("stopping");
        AutoCloseable next;
        while ((next = started.poll()) != null) {
            try {
                next.close();
            } catch (Exception e) {
                System.err.println("While stopping: " + e.getMessage());
            }
        }
        log("stopped");
    }

    private double seconds() {
        return (System.nanoTime() - t0) / 1e9;
    }

    private void log(String message) {
        System.out.printf("[%6.1f s] %s%n", seconds(), message);
    }
}
