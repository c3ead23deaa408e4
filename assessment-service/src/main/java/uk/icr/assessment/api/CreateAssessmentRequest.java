package uk.icr.assessment.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.icr.assessment.AssessmentType;

@Schema(name = "CreateAssessmentRequest", description = "A new assessment for a person.",
        example = "{\"nhsNumber\": \"9434765919\", \"type\": \"JOINT_HEALTH_AND_SOCIAL_CARE\"}")
public record CreateAssessmentRequest(
        @Schema(description = "The person's NHS number, 10 digits.", example = "9434765919")
        @NotNull @Pattern(regexp = "[0-9]{10}", message = "must be 10 digits") String nhsNumber,
        @Schema(description = "The kind of assessment.") @NotNull AssessmentType type) {
}
