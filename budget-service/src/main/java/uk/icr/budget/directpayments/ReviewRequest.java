package uk.icr.budget.directpayments;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A direct payment review that took place, and when the next is due (at most 12 months later). */
@Schema(name = "DirectPaymentReview", description = "A direct payment review: when it took place, and the next one's due"
        + " date, at most 12 months later (Care and Support (Direct Payments) Regulations 2014, reg 8).",
        example = "{\"reviewedOn\": \"2026-11-20\", \"nextReviewDue\": \"2027-11-19\"}")
public record ReviewRequest(@NotNull LocalDate reviewedOn, @NotNull LocalDate nextReviewDue) {
}
