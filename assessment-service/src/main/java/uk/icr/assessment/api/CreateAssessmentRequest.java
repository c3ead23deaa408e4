package uk.icr.assessment.api;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.icr.kit.nhs.NhsNumber;

import uk.icr.assessment.AssessmentType;

@Schema(name = "CreateAssessmentRequest", description = "A new assessment for a person.",
        example = "{\"nhsNumber\": \"9434765919\", \"type\": \"JOINT_HEALTH_AND_SOCIAL_CARE\"}")
public record CreateAssessmentRequest(
        @Schema(description = "The person's NHS number: 10 digits with a valid Modulus 11 check digit.",
                example = "9434765919", pattern = "^[0-9]{10}$")
        @NotNull @NhsNumber String nhsNumber,
        @Schema(description = "The kind of assessment.") @NotNull AssessmentType type) {
}
