package uk.icr.careplan.plan;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What will be done towards a goal, by whom and when. */
@Schema(name = "GoalAction", description = "An action towards a goal: what, who, when, status.",
        example = "{\"what\": \"Fit a second stair rail\", \"who\": {\"name\": \"Priya Nair\", \"role\": \"Occupational"
                + " therapist\", \"organisation\": \"E08000026\"}, \"due\": \"2026-12-15\", \"status\": \"PLANNED\"}")
public record GoalAction(
        @NotBlank @Size(max = 2000) String what,
        @NotNull @Valid Person who,
        LocalDate due,
        @NotNull Status status) {

    /** Where an action stands. */
    @Schema(name = "GoalActionStatus")
    public enum Status { PLANNED, IN_PROGRESS, DONE, CANCELLED }
}
