package uk.icr.kit.history;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One recorded version of a resource. The snapshot is kept as a tree, not as today's DTO, so old
 * versions stay readable when the API gains fields.
 */
public record Version(long version, String action, OffsetDateTime changedAt, String changedBy, String organisation,
        JsonNode snapshot) {
}
