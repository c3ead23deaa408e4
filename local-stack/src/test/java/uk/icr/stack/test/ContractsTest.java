package uk.icr.stack.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The contracts hang together: every AsyncAPI payload reference resolves, and every schema is published somewhere. */
class ContractsTest {

    private static final Pattern PAYLOAD = Pattern.compile("\\$ref: '(\\.\\./schemas/[^']+\\.json)'");
    private static final Pattern NAME = Pattern.compile("^\\s+name: (uk\\.nhs\\.icr\\.[a-z.-]+\\.v\\d+)$", Pattern.MULTILINE);

    @Test
    void everyAsyncApiMessageNamesASchemaThatExistsForItsType() throws IOException {
        Path contracts = EventContracts.contracts();
        Set<Path> referenced = new HashSet<>();
        try (Stream<Path> documents = Files.list(contracts.resolve("asyncapi"))) {
            for (Path document : documents.toList()) {
                String text = Files.readString(document);
                assertTrue(text.startsWith("asyncapi: 3.0.0"), document + " is not AsyncAPI 3");
                Matcher ref = PAYLOAD.matcher(text);
                Matcher name = NAME.matcher(text);
                while (ref.find()) {
                    assertTrue(name.find(), document + ": a payload without a message name");
                    Path schema = contracts.resolve("asyncapi").resolve(ref.group(1)).normalize();
                    assertTrue(Files.isRegularFile(schema), document + " refers to missing " + schema);
                    assertEquals(name.group(1) + ".json", schema.getFileName().toString(), "message and schema disagree");
                    JsonNode parsed = new ObjectMapper().readTree(schema.toFile());
                    assertEquals("urn:icr:event:" + name.group(1), parsed.get("$id").asText());
                    referenced.add(schema);
                }
            }
        }
        try (Stream<Path> schemas = Files.walk(contracts.resolve("schemas"))) {
            Set<Path> unpublished = new HashSet<>(schemas.filter(p -> p.toString().endsWith(".json")).toList());
            unpublished.removeAll(referenced);
            assertTrue(unpublished.isEmpty(), "schemas no AsyncAPI document publishes: " + unpublished);
        }
        assertFalse(referenced.isEmpty());
    }
}
