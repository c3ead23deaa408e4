package uk.icr.assessment.eligibility;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the assessment found about one specified outcome. */
@Schema(name = "OutcomeFinding", description = "The finding for one reg 2 outcome.",
        example = "{\"outcome\": \"NUTRITION\", \"unableToAchieve\": true,"
                + " \"reasons\": [\"NEEDS_ASSISTANCE\", \"TAKES_SIGNIFICANTLY_LONGER\"],"
                + " \"notes\": \"Cannot stand long enough to cook; meals take over an hour.\"}")
public record OutcomeFinding(
        @NotNull Outcome outcome,
        @NotNull Boolean unableToAchieve,
        @Schema(description = "Why the person is unable: at least one when unableToAchieve, none otherwise.")
        @Size(max = 4) List<@NotNull UnableReason> reasons,
        @Size(max = 4000) String notes) {

    public OutcomeFinding {
        // A copy that still admits nulls, so validation (not a constructor) reports them.
        reasons = reasons == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(reasons));
    }

    /** Unable to achieve it in the sense of reg 2(3): recorded as unable, for at least one of the reasons. */
    public boolean unable() {
        return Boolean.TRUE.equals(unableToAchieve) && !reasons.isEmpty();
    }
}
