package uk.icr.budget.components;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a direct payment is made, and when it is first reviewed (within 6 months of the budget's start). */
@Schema(name = "DirectPayment", description = "A direct payment: amount, frequency, recipient, account, first review.",
        example = "{\"amountPence\": 23000, \"frequency\": \"WEEKLY\", \"recipient\": \"PERSON\","
                + " \"accountType\": \"MANAGED_ACCOUNT\", \"firstReviewDue\": \"2027-03-01\"}")
public record DirectPayment(
        @Schema(description = "Paid each time, in pence.") @NotNull @Min(1) @Max(ComponentRequest.MAX_PENCE) Long amountPence,
        @NotNull Frequency frequency,
        @NotNull Recipient recipient,
        @NotNull AccountType accountType,
        @Schema(description = "Within 6 months of the budget's start.") @NotNull LocalDate firstReviewDue) {

    public enum Frequency { WEEKLY, FOUR_WEEKLY, MONTHLY }

    /** Who receives it: the person, a nominee, or an authorised person for someone who lacks capacity. */
    public enum Recipient { PERSON, NOMINEE, AUTHORISED_PERSON }

    public enum AccountType { BANK, MANAGED_ACCOUNT, PREPAID_CARD }
}
