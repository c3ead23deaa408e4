package uk.icr.careplan.plan;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A need the plan addresses: in words or as a code, whether it is eligible, and who meets it. */
@Schema(name = "CarePlanNeed", description = "A need: text or code, eligible or not, and who meets it.",
        example = "{\"code\": \"NUTRITION\", \"description\": \"Managing and maintaining nutrition\", \"eligible\": true,"
                + " \"metBy\": \"COUNCIL\", \"throughPersonalHealthBudget\": false,"
                + " \"fromAssessment\": \"0b6f6f0e-5d0c-4a43-9f36-2b0c1d5f9a10\"}")
public record Need(
        @Schema(description = "A Care Act outcome code or a SNOMED CT concept id.") @Size(max = 60)
        @Pattern(regexp = "^[A-Z_]+$|^[0-9]{6,18}$", message = "must be a Care Act outcome code or a SNOMED CT concept id")
        String code,
        @Size(max = 2000) String description,
        @NotNull Boolean eligible,
        @NotNull NeedMetBy metBy,
        @Schema(description = "For a need met by the NHS: met through an NHS personal health budget.")
        Boolean throughPersonalHealthBudget,
        @Schema(description = "The assessment the need was found in, when it came from one.") UUID fromAssessment) {

    /** Needs money from a budget: met by the council, or through an NHS personal health budget. */
    public boolean needsBudget() {
        return metBy == NeedMetBy.COUNCIL || (metBy == NeedMetBy.NHS && Boolean.TRUE.equals(throughPersonalHealthBudget));
    }
}
