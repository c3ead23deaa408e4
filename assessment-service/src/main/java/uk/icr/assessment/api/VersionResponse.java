package uk.icr.assessment.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import uk.icr.assessment.history.Change;
import uk.icr.kit.history.Version;

@Schema(name = "AssessmentVersion", description = "One version of an assessment, who made it, when and how.",
        example = "{\"version\": 1, \"action\": \"STARTED\", \"changedAt\": \"2026-11-30T10:00:00Z\","
                + " \"changedBy\": \"sam.social-worker\", \"organisation\": \"E08000026\", \"assessment\":"
                + " {\"id\": \"0b6f6f0e-5d0c-4a43-9f36-2b0c1d5f9a10\", \"nhsNumber\": \"9434765919\","
                + " \"type\": \"JOINT_HEALTH_AND_SOCIAL_CARE\", \"status\": \"IN_PROGRESS\", \"version\": 1}}")
public record VersionResponse(long version, Change action, OffsetDateTime changedAt,
        @Schema(description = "The token subject of who made the change; system for the service itself.") String changedBy,
        @Schema(description = "Their organisation's ODS code, when the token names it.") String organisation,
        @Schema(description = "The assessment as it was at this version.", implementation = AssessmentResponse.class)
        JsonNode assessment) {

    static VersionResponse of(Version v) {
        return new VersionResponse(v.version(), Change.valueOf(v.action()), v.changedAt(), v.changedBy(), v.organisation(),
                v.snapshot());
    }
}
