package uk.icr.carer.eligibility;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a carer's assessment records (Care Act s10(5)-(6)): whether the carer is able and willing to go on
 * caring, the outcomes they want, their work, education and recreation, their health, the reg 3 outcome
 * findings and the impact on their wellbeing. Any of it may be missing until the assessment is completed.
 */
@Schema(name = "CarerAssessmentFindings", example = "{\"providesNecessaryCare\": true, \"ableToContinueCaring\": true,"
        + " \"willingToContinueCaring\": true, \"outcomesWanted\": \"A night's sleep and one afternoon a week to myself.\","
        + " \"workEducationRecreation\": \"Gave up part-time work last year.\", \"healthAtRisk\": true,"
        + " \"outcomes\": [{\"outcome\": \"RECREATION\", \"unableToAchieve\": true, \"reasons\": [\"NEEDS_ASSISTANCE\"]}],"
        + " \"significantImpactOnWellbeing\": true}")
public record CarerFindings(
        @Schema(description = "Reg 3(1)(a): the needs arise from providing necessary care for an adult.") Boolean providesNecessaryCare,
        Boolean ableToContinueCaring,
        Boolean willingToContinueCaring,
        @Size(max = 4000) String outcomesWanted,
        @Size(max = 4000) String workEducationRecreation,
        @Schema(description = "Reg 3(2)(a): the carer's physical or mental health is deteriorating or at risk of doing so.")
        Boolean healthAtRisk,
        @Schema(description = "One finding for each of the eight reg 3(3) outcomes.") @Size(max = 8) List<@NotNull @Valid OutcomeFinding> outcomes,
        @Schema(description = "Reg 3(1)(c): as a consequence, a significant impact on the carer's wellbeing.")
        Boolean significantImpactOnWellbeing) {
}
