package uk.icr.budget.ledger;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A budget's money, derived from its ledger: per component and in total. */
@Schema(name = "BudgetBalance", description = "Allocated, spent and remaining, summed from the ledger; the spend projected"
        + " at the period's end, pro rata to the days gone (absent for a budget without an end, or before its start).",
        example = "{\"budgetId\": \"0b6f6f0e-5d0c-4a43-9f36-2b0c1d5f9a10\", \"allocatedPence\": 450000,"
                + " \"spentPence\": 45000, \"remainingPence\": 405000, \"projectedSpendPence\": 270000, \"components\": [{\"componentId\":"
                + " \"7a1e2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b\", \"source\": \"NHS_PERSONAL_HEALTH_BUDGET\","
                + " \"allocatedPence\": 450000, \"spentPence\": 45000, \"remainingPence\": 405000,"
                + " \"projectedSpendPence\": 270000}]}")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Balance(UUID budgetId, long allocatedPence, long spentPence, long remainingPence, Long projectedSpendPence,
        List<Line> components) {

    /** One component's money. Spent is spends less refunds; remaining is the sum of every entry. */
    @Schema(name = "BudgetBalanceLine")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(UUID componentId, String source, long allocatedPence, long spentPence, long remainingPence,
            Long projectedSpendPence) {
    }

    static Balance of(UUID budgetId, List<Line> lines) {
        boolean projected = lines.stream().allMatch(line -> line.projectedSpendPence() != null);
        return new Balance(budgetId, lines.stream().mapToLong(Line::allocatedPence).sum(),
                lines.stream().mapToLong(Line::spentPence).sum(), lines.stream().mapToLong(Line::remainingPence).sum(),
                projected ? lines.stream().mapToLong(Line::projectedSpendPence).sum() : null, lines);
    }
}
