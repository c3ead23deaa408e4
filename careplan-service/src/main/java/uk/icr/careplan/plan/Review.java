package uk.icr.careplan.plan;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A completed review of the plan. */
@Schema(name = "Review", description = "A completed review: its type, when, the outcome, who reviewed.",
        example = "{\"type\": \"INITIAL\", \"completedOn\": \"2027-01-25\", \"outcome\": \"NO_CHANGE\","
                + " \"reviewedBy\": \"cara.coordinator\", \"nextReviewDue\": \"2028-01-25\"}")
public record Review(Type type, LocalDate completedOn, Outcome outcome, String notes, String reviewedBy,
        LocalDate nextReviewDue) {

    /** Why the review happened. */
    @Schema(name = "ReviewType")
    public enum Type { INITIAL, ANNUAL, UNPLANNED, ON_REQUEST }

    /** What the review decided. */
    @Schema(name = "ReviewOutcome")
    public enum Outcome { NO_CHANGE, PLAN_REVISED, REASSESSMENT_NEEDED }
}
