package uk.icr.careplan.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.icr.careplan.plan.Review;

@Schema(name = "ReviewRequest", description = "A completed review of the plan.",
        example = "{\"type\": \"INITIAL\", \"completedOn\": \"2027-01-25\", \"outcome\": \"NO_CHANGE\","
                + " \"notes\": \"Rails fitted; managing the stairs.\"}")
public record ReviewRequest(
        @NotNull Review.Type type,
        @NotNull LocalDate completedOn,
        @NotNull Review.Outcome outcome,
        @Size(max = 4000) String notes,
        @Schema(description = "When the next review is due: at most 12 months after this one, which is the default.")
        LocalDate nextReviewDue) {
}
