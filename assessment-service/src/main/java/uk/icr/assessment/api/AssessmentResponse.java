package uk.icr.assessment.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.icr.assessment.Assessment;
import uk.icr.assessment.AssessmentStatus;
import uk.icr.assessment.AssessmentType;

@Schema(name = "Assessment", description = "A person's assessment.",
        example = "{\"id\": \"0b6f6f0e-5d0c-4a43-9f36-2b0c1d5f9a10\", \"nhsNumber\": \"9434765919\","
                + " \"type\": \"JOINT_HEALTH_AND_SOCIAL_CARE\", \"status\": \"PLANNED\","
                + " \"createdAt\": \"2026-11-23T09:00:00Z\", \"version\": 0}")
public record AssessmentResponse(UUID id, String nhsNumber, AssessmentType type, AssessmentStatus status,
        OffsetDateTime createdAt, long version) {

    static AssessmentResponse of(Assessment a) {
        return new AssessmentResponse(a.id, a.nhsNumber, a.type, a.status, a.createdAt, a.version);
    }
}
