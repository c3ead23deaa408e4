package uk.icr.careplan.plan;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A goal in the person's own words, how much it matters to them, and the actions towards it. */
@Schema(name = "Goal", description = "A goal in the person's words, with its actions.",
        example = "{\"description\": \"To get up and down the stairs safely on my own\", \"importance\": 9,"
                + " \"status\": \"IN_PROGRESS\", \"targetDate\": \"2027-03-01\", \"actions\": [{\"what\": \"Fit a second"
                + " stair rail\", \"who\": {\"name\": \"Priya Nair\", \"role\": \"Occupational therapist\","
                + " \"organisation\": \"E08000026\"}, \"due\": \"2026-12-15\", \"status\": \"PLANNED\"}]}")
public record Goal(
        @NotBlank @Size(max = 2000) String description,
        @Schema(description = "How much it matters to the person, 1 to 10.") @NotNull @Min(1) @Max(10) Integer importance,
        @NotNull Status status,
        LocalDate targetDate,
        @Size(max = 30) List<@NotNull @Valid GoalAction> actions) {

    public Goal {
        actions = actions == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(actions));
    }

    /** Where a goal stands. */
    @Schema(name = "GoalStatus")
    public enum Status { NOT_STARTED, IN_PROGRESS, ACHIEVED, PARTLY_ACHIEVED, NO_LONGER_RELEVANT }
}
