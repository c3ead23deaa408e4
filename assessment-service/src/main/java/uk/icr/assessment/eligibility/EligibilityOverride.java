package uk.icr.assessment.eligibility;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An assessor's different decision: allowed only with a written justification, kept beside the computed one. */
@Schema(name = "EligibilityOverride", description = "A decision that differs from the computed one, with why.",
        example = "{\"eligible\": true, \"justification\": \"Fluctuating needs: on bad days (3-4 a week) unable to"
                + " manage toilet needs as well; the snapshot on the day of assessment understates them.\"}")
public record EligibilityOverride(
        @NotNull Boolean eligible,
        @Schema(description = "Why the assessor's decision differs from the computed one.")
        @NotBlank(message = "must explain why the decision differs from the computed one") @Size(max = 4000)
        String justification) {
}
