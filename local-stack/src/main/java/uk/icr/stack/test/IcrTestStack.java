package uk.icr.stack.test;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import uk.icr.stack.postgres.PostgresDatabases;

/**
 * The test resource every service uses: a real PostgreSQL database of the service's own, a real Kafka
 * broker, and token validation against the test signing key. Declare it once per module:
 *
 * <pre>{@code
 * @WithTestResource(value = IcrTestStack.class, scope = TestResourceScope.GLOBAL,
 *         initArgs = @ResourceArg(name = IcrTestStack.DATABASE, value = "assessment"))
 * }</pre>
 */
public class IcrTestStack implements QuarkusTestResourceLifecycleManager {

    /** The init argument naming the service's database (and its role). */
    public static final String DATABASE = "database";

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get(DATABASE);
    }

    @Override
    public Map<String, String> start() {
        SharedTestStack.Endpoints stack = SharedTestStack.get();
        Map<String, String> config = new HashMap<>();
        if (database != null) {
            PostgresDatabases.Database db = PostgresDatabases.ensure(stack.postgresPort(), database);
            config.put("quarkus.datasource.jdbc.url", db.jdbcUrl());
            config.put("quarkus.datasource.username", db.username());
            config.put("quarkus.datasource.password", db.password());
        }
        config.put("kafka.bootstrap.servers", stack.kafkaBootstrapServers());
        config.putAll(TestTokens.acceptingConfig());
        return config;
    }

    @Override
    public void stop() {
        // The stack is shared by every application of this test JVM; a shutdown hook stops it.
    }
}
