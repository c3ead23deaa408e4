package uk.icr.gateway.people;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One service's part of a person's record: what it answered, or why it is missing (the service is down,
 * too slow, or does not let the caller see it). One missing section never hides the others.
 */
@Schema(name = "PersonRecordSection", description = "One service's part of the record, or why it is unavailable.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Section(
        @Schema(description = "False when the service could not or would not answer; see reason.") boolean available,
        @Schema(description = "The service's HTTP status, when it answered.") Integer status,
        @Schema(description = "Why the section is unavailable.") String reason,
        @Schema(description = "What the service answered, as it answered it.") JsonNode content) {

    static Section of(JsonNode content) {
        return new Section(true, 200, null, content);
    }

    static Section unavailable(Integer status, String reason) {
        return new Section(false, status, reason, null);
    }
}
