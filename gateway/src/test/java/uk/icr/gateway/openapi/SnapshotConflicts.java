package uk.icr.gateway.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What would make the services' OpenAPI snapshots merge wrongly. SmallRye's merge keeps one of two
 * same-named things silently; here each is a conflict: a path two services claim, an operationId used twice
 * or not prefixed by its service, a schema name two services give different content (identical ones, such
 * as the shared problem type, merge), and a service with other than one tag.
 */
public final class SnapshotConflicts {

    private SnapshotConflicts() {
    }

    /** Every conflict between the documents, by service name; none when they merge cleanly. */
    public static List<String> of(Map<String, JsonNode> documents) {
        List<String> conflicts = new ArrayList<>();
        Map<String, String> pathOwners = new HashMap<>();
        Map<String, String> operationOwners = new HashMap<>();
        Map<String, String> schemaOwners = new HashMap<>();
        Map<String, JsonNode> schemas = new HashMap<>();
        documents.forEach((service, document) -> {
            document.path("paths").fieldNames().forEachRemaining(path -> {
                String owner = pathOwners.putIfAbsent(path, service);
                if (owner != null) {
                    conflicts.add("path " + path + " is served by both " + owner + " and " + service);
                }
                document.path("paths").path(path).forEach(operation -> {
                    String id = operation.path("operationId").asText(null);
                    if (id == null) {
                        return;
                    }
                    if (!id.startsWith(service + "_")) {
                        conflicts.add("operationId " + id + " of " + service + " is not prefixed " + service + "_");
                    }
                    String other = operationOwners.putIfAbsent(id, service);
                    if (other != null) {
                        conflicts.add("operationId " + id + " is used by both " + other + " and " + service);
                    }
                });
            });
            document.path("components").path("schemas").fields().forEachRemaining(schema -> {
                JsonNode before = schemas.putIfAbsent(schema.getKey(), schema.getValue());
                if (before != null && !before.equals(schema.getValue())) {
                    conflicts.add("schema " + schema.getKey() + " differs between " + schemaOwners.get(schema.getKey())
                            + " and " + service);
                }
                schemaOwners.putIfAbsent(schema.getKey(), service);
            });
            if (document.path("tags").size() != 1) {
                conflicts.add(service + " has " + document.path("tags").size() + " tags; one per service");
            }
        });
        return conflicts;
    }
}
