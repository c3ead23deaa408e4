package uk.icr.carer.eligibility;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the assessment found about one reg 3(3) outcome. */
@Schema(name = "CarerOutcomeFinding", example = "{\"outcome\": \"RECREATION\", \"unableToAchieve\": true,"
        + " \"reasons\": [\"PAIN_DISTRESS_ANXIETY\"], \"notes\": \"Has not seen friends for a year.\"}")
public record OutcomeFinding(
        @NotNull CarerOutcome outcome,
        @NotNull Boolean unableToAchieve,
        @Schema(description = "Why unable (reg 3(4)); at least one when unableToAchieve.") @Size(max = 3) List<@NotNull CarerReason> reasons,
        @Size(max = 2000) String notes) {
}
