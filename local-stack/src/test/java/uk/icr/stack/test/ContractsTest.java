package uk.icr.stack.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The contracts hang together: each AsyncAPI document parses without duplicate keys, its channel lists
 * exactly the messages it defines, every payload is the schema for the message's type, and every schema
 * is published somewhere.
 */
class ContractsTest {

    private static final String MESSAGE_REF = "#/components/messages/";
    /** Duplicate keys are an error: a lenient parser would keep the last one and hide a copy-and-paste slip. */
    private static final ObjectMapper YAML = YAMLMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    @Test
    void everyAsyncApiMessageNamesASchemaThatExistsForItsType() throws IOException {
        Path contracts = EventContracts.contracts();
        Set<Path> referenced = new HashSet<>();
        try (Stream<Path> documents = Files.list(contracts.resolve("asyncapi"))) {
            for (Path document : documents.toList()) {
                referenced.addAll(checked(document));
            }
        }
        try (Stream<Path> schemas = Files.walk(contracts.resolve("schemas"))) {
            Set<Path> unpublished = new HashSet<>(schemas.filter(p -> p.toString().endsWith(".json")).toList());
            unpublished.removeAll(referenced);
            assertTrue(unpublished.isEmpty(), "schemas no AsyncAPI document publishes: " + unpublished);
        }
        assertFalse(referenced.isEmpty());
    }

    @Test
    void aDocumentWithADuplicateKeyIsRefused() {
        assertThrows(IOException.class, () -> YAML.readTree("components:\n  messages:\n    a: {}\n    a: {}\n"));
    }

    /** The schemas the document's messages carry, after checking the document hangs together. */
    private static Set<Path> checked(Path document) throws IOException {
        JsonNode root = YAML.readTree(document.toFile());
        assertEquals("3.0.0", root.path("asyncapi").asText(), document + " is not AsyncAPI 3");
        JsonNode messages = root.path("components").path("messages");
        Set<String> defined = new HashSet<>();
        messages.fieldNames().forEachRemaining(defined::add);
        Set<String> sent = new HashSet<>();
        for (JsonNode channel : root.path("channels")) {
            for (JsonNode message : channel.path("messages")) {
                String ref = message.path("$ref").asText();
                assertTrue(ref.startsWith(MESSAGE_REF), document + ": a channel message is not a component: " + ref);
                assertTrue(sent.add(ref.substring(MESSAGE_REF.length())), document + ": listed twice: " + ref);
            }
        }
        assertEquals(defined, sent, document + ": the channel's messages and the defined messages differ");
        Set<Path> schemas = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = messages.fields(); it.hasNext();) {
            JsonNode message = it.next().getValue();
            String name = message.path("name").asText();
            Path schema = document.resolveSibling(message.path("payload").path("$ref").asText()).normalize();
            assertTrue(Files.isRegularFile(schema), document + " refers to missing " + schema);
            assertEquals(name + ".json", schema.getFileName().toString(), "message and schema disagree");
            assertEquals("urn:icr:event:" + name, new ObjectMapper().readTree(schema.toFile()).path("$id").asText());
            schemas.add(schema);
        }
        return schemas;
    }
}
