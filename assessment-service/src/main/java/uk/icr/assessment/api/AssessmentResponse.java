package uk.icr.assessment.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.icr.assessment.Assessment;
import uk.icr.assessment.AssessmentMethod;
import uk.icr.assessment.AssessmentStatus;
import uk.icr.assessment.AssessmentType;
import uk.icr.assessment.Contributor;
import uk.icr.assessment.HealthNeed;
import uk.icr.assessment.NamedCarer;
import uk.icr.assessment.PrimarySupportReason;
import uk.icr.assessment.eligibility.Eligibility;
import uk.icr.assessment.eligibility.OutcomeFinding;
import uk.icr.assessment.eligibility.WellbeingFinding;
import uk.icr.kit.api.Versions;

@Schema(name = "Assessment", description = "A person's assessment: what was recorded, where it stands, and, once"
        + " completed, the eligibility determination.",
        example = "{\"id\": \"0b6f6f0e-5d0c-4a43-9f36-2b0c1d5f9a10\", \"nhsNumber\": \"9434765919\","
                + " \"type\": \"JOINT_HEALTH_AND_SOCIAL_CARE\", \"status\": \"IN_PROGRESS\","
                + " \"method\": \"SERVICE_USER_AND_CARER\", \"primarySupportReason\": \"SUPPORT_WITH_MEMORY_AND_COGNITION\","
                + " \"plannedDate\": \"2026-11-30\", \"startedAt\": \"2026-11-30T10:00:00Z\","
                + " \"whatMattersToMe\": \"Staying at home with Margaret and my garden.\", \"impairmentOrIllness\": true,"
                + " \"contributors\": [{\"name\": \"Dr Amira Shah\", \"role\": \"GP\", \"organisation\": \"Y02847\","
                + " \"sector\": \"HEALTH\"}], \"outcomes\": [], \"wellbeing\": [], \"healthNeeds\": [], \"carers\": [],"
                + " \"createdAt\": \"2026-11-23T09:00:00Z\", \"updatedAt\": \"2026-11-30T10:00:00Z\", \"version\": 3}")
public record AssessmentResponse(UUID id, String nhsNumber, AssessmentType type, AssessmentStatus status,
        AssessmentMethod method, PrimarySupportReason primarySupportReason, LocalDate plannedDate, OffsetDateTime startedAt,
        LocalDate completedDate, OffsetDateTime completedAt,
        @Schema(description = "Why it was cancelled or marked entered in error.") String statusReason,
        String whatMattersToMe, Boolean impairmentOrIllness, List<Contributor> contributors, List<OutcomeFinding> outcomes,
        List<WellbeingFinding> wellbeing, List<HealthNeed> healthNeeds, List<NamedCarer> carers,
        @Schema(description = "The determination, once the assessment is completed.") Eligibility eligibility,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

    /** 200 with the assessment and its version as a strong ETag. */
    static Response ok(Assessment assessment) {
        return Response.ok(of(assessment)).tag(Versions.etag(assessment.version)).build();
    }

    public static AssessmentResponse of(Assessment a) {
        return new AssessmentResponse(a.id, a.nhsNumber, a.type, a.status, a.method, a.primarySupportReason, a.plannedDate,
                a.startedAt, a.completedDate, a.completedAt, a.statusReason, a.whatMattersToMe, a.impairmentOrIllness,
                a.contributors, a.outcomes, a.wellbeing, a.healthNeeds, a.carers, a.eligibility, a.createdAt, a.updatedAt,
                a.version);
    }
}
