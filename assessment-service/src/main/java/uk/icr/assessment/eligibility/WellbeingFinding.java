package uk.icr.assessment.eligibility;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether not achieving the outcomes has, or is likely to have, a significant impact on one area of wellbeing. */
@Schema(name = "WellbeingFinding", description = "The impact on one Care Act s1(2) wellbeing domain.",
        example = "{\"domain\": \"PERSONAL_DIGNITY\", \"significantImpact\": true,"
                + " \"notes\": \"Embarrassed to ask family for help washing.\"}")
public record WellbeingFinding(
        @NotNull WellbeingDomain domain,
        @NotNull Boolean significantImpact,
        @Size(max = 4000) String notes) {
}
