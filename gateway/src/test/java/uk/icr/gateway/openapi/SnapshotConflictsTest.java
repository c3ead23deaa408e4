package uk.icr.gateway.openapi;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The four committed snapshots the gateway merges must not conflict (this fails the build when they do);
 * and the check does catch each kind of conflict.
 */
class SnapshotConflictsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theServicesSnapshotsMergeWithoutConflict() throws IOException {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        for (String service : new String[] {"assessment", "careplan", "budget", "carer", "timeline"}) {
            try (InputStream in = getClass().getResourceAsStream("/META-INF/openapi-services/" + service + "/openapi.yaml")) {
                documents.put(service, YAML.readTree(in));
            }
        }
        assertThat(SnapshotConflicts.of(documents), empty());
    }

    @Test
    void findsClaimedPathsReusedOperationIdsAndDifferingSchemas() throws IOException {
        JsonNode budget = YAML.readTree("""
                paths:
                  /api/v1/budgets:
                    get: {operationId: budget_list}
                  /api/v1/shared:
                    get: {operationId: budget_shared}
                components:
                  schemas:
                    Problem: {type: object, properties: {title: {type: string}}}
                    Status: {type: string, enum: [ACTIVE, CLOSED]}
                tags: [{name: Budgets}]
                """);
        JsonNode carer = YAML.readTree("""
                paths:
                  /api/v1/shared:
                    get: {operationId: budget_shared}
                  /api/v1/carers:
                    get: {operationId: list_carers}
                components:
                  schemas:
                    Problem: {type: object, properties: {title: {type: string}}}
                    Status: {type: string, enum: [ACTIVE, WITHDRAWN]}
                tags: [{name: Carers}, {name: Consents}]
                """);
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        documents.put("budget", budget);
        documents.put("carer", carer);
        assertThat(SnapshotConflicts.of(documents), containsInAnyOrder(
                "path /api/v1/shared is served by both budget and carer",
                "operationId budget_shared of carer is not prefixed carer_",
                "operationId budget_shared is used by both budget and carer",
                "operationId list_carers of carer is not prefixed carer_",
                "schema Status differs between budget and carer",
                "carer has 2 tags; one per service"));
    }
}
