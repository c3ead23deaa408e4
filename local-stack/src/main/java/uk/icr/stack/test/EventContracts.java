package uk.icr.stack.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Assertions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Checks a published event against the contracts: the CloudEvents headers every event carries, and its
 * data against {@code contracts/schemas/<publisher>/<ce_type>.json}.
 */
public final class EventContracts {

    private static final List<String> HEADERS = List.of("ce_id", "ce_source", "ce_type", "ce_specversion", "ce_time",
            "ce_subject", "content-type");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private EventContracts() {
    }

    public static void assertConforms(ConsumerRecord<String, String> record) {
        for (String header : HEADERS) {
            Assertions.assertNotNull(record.headers().lastHeader(header), "missing header " + header);
        }
        String type = new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
        try {
            JsonNode data = JSON.readTree(record.value());
            Set<ValidationMessage> problems = schema(type).validate(data);
            Assertions.assertTrue(problems.isEmpty(), type + " does not match its schema: " + problems + " in " + data);
        } catch (IOException e) {
            Assertions.fail(type + " data is not JSON: " + record.value());
        }
    }

    /** An event's data, as a test produces it for a consumer, matches its type's schema. */
    public static void assertDataConforms(String type, String data) {
        try {
            Set<ValidationMessage> problems = schema(type).validate(JSON.readTree(data));
            Assertions.assertTrue(problems.isEmpty(), type + " does not match its schema: " + problems + " in " + data);
        } catch (IOException e) {
            Assertions.fail(type + " data is not JSON: " + data);
        }
    }

    /** The contracts folder: the test runs in a module directory, so it is looked for upwards. */
    public static Path contracts() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("contracts").resolve("schemas"))) {
                return dir.resolve("contracts");
            }
        }
        throw new IllegalStateException("No contracts/ folder above " + Path.of("").toAbsolutePath());
    }

    private static JsonSchema schema(String type) {
        return CACHE.computeIfAbsent(type, t -> {
            try (Stream<Path> files = Files.walk(contracts().resolve("schemas"))) {
                Path file = files.filter(p -> p.getFileName().toString().equals(t + ".json")).findFirst()
                        .orElseThrow(() -> new AssertionError("No schema for event type " + t + " in contracts/schemas"));
                return SCHEMAS.getSchema(Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
