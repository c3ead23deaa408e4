package uk.icr.assessment.api;

import java.time.LocalDate;

import jakarta.validation.Valid;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.icr.assessment.eligibility.EligibilityOverride;

@Schema(name = "CompleteAssessmentRequest", description = "Completing an assessment: the body is optional.",
        example = "{\"completedDate\": \"2026-11-30\"}")
public record CompleteAssessmentRequest(
        @Schema(description = "When the assessment was completed: from the day it started to today (in England); today when"
                + " left out.") LocalDate completedDate,
        @Schema(description = "Only to record a decision different from the computed one, with a justification.")
        @Valid EligibilityOverride eligibilityOverride) {
}
