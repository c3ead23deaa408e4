package uk.icr.budget.components;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One funding source of a new budget. Council components state how the cost splits. */
@Schema(name = "BudgetComponentRequest", description = "One funding source of a budget, in pence for the period.",
        example = "{\"source\": \"COUNCIL_SOCIAL_CARE\", \"funder\": \"E08000026\", \"allocatedPence\": 1200000,"
                + " \"management\": \"THIRD_PARTY\", \"costToCouncilPence\": 1200000,"
                + " \"assessedContributionPence\": 200000, \"councilSharePence\": 1000000}")
public record ComponentRequest(
        @NotNull FundingSource source,
        @Schema(description = "The funder's ODS code.") @NotNull
        @Pattern(regexp = "^[A-Z0-9]{3,10}$", message = "must be an ODS code: 3 to 10 capital letters or digits") String funder,
        @NotNull @Min(0) @Max(MAX_PENCE) Long allocatedPence,
        @NotNull Management management,
        @Min(0) @Max(MAX_PENCE) Long costToCouncilPence,
        @Min(0) @Max(MAX_PENCE) Long assessedContributionPence,
        @Min(0) @Max(MAX_PENCE) Long councilSharePence,
        @Schema(description = "Needed for, and only for, a DIRECT_PAYMENT component.") @Valid DirectPayment directPayment) {

    /** £10 billion: far above any budget, and far below where sums of pence could overflow. */
    public static final long MAX_PENCE = 1_000_000_000_000L;

    /** The component as it was proposed: the document a PATCH of an indicative budget changes. */
    static ComponentRequest of(BudgetComponent c) {
        return new ComponentRequest(c.source, c.funder, c.allocatedPence, c.management, c.costToCouncilPence,
                c.assessedContributionPence, c.councilSharePence, c.directPayment);
    }
}
