package uk.icr.budget.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.icr.budget.Budget;
import uk.icr.budget.components.BudgetComponent;
import uk.icr.budget.components.FundingSource;
import uk.icr.budget.components.Management;

/** The personal budget statement of Care Act s26, with the other public money that joins it. */
@Schema(name = "BudgetStatement", description = "The s26 personal budget statement: the cost to the council, the"
        + " person's contribution, the council's share, and the other public money by source.",
        example = "{\"budgetId\": \"0b6f6f0e-5d0c-4a43-9f36-2b0c1d5f9a10\", \"nhsNumber\": \"9434765919\","
                + " \"periodStart\": \"2026-12-01\", \"periodEnd\": \"2027-11-30\", \"costToCouncilPence\": 1200000,"
                + " \"assessedContributionPence\": 200000, \"councilSharePence\": 1000000, \"otherPublicMoney\":"
                + " [{\"source\": \"NHS_PERSONAL_HEALTH_BUDGET\", \"funder\": \"15F\", \"management\": \"NOTIONAL\","
                + " \"allocatedPence\": 450000}], \"totalPence\": 1650000}")
public record Statement(UUID budgetId, String nhsNumber, LocalDate periodStart, LocalDate periodEnd, long costToCouncilPence,
        long assessedContributionPence, long councilSharePence, List<OtherMoney> otherPublicMoney, long totalPence) {

    /** Money from a source other than the council's social care budget. */
    @Schema(name = "BudgetStatementOtherMoney")
    public record OtherMoney(FundingSource source, String funder, Management management, long allocatedPence) {
    }

    static Statement of(Budget budget, List<BudgetComponent> components) {
        List<BudgetComponent> council = components.stream().filter(c -> c.source == FundingSource.COUNCIL_SOCIAL_CARE).toList();
        return new Statement(budget.id, budget.nhsNumber, budget.periodStart, budget.periodEnd,
                council.stream().mapToLong(c -> c.costToCouncilPence).sum(),
                council.stream().mapToLong(c -> c.assessedContributionPence).sum(),
                council.stream().mapToLong(c -> c.councilSharePence).sum(),
                components.stream().filter(c -> c.source != FundingSource.COUNCIL_SOCIAL_CARE)
                        .map(c -> new OtherMoney(c.source, c.funder, c.management, c.allocatedPence)).toList(),
                components.stream().mapToLong(c -> c.allocatedPence).sum());
    }
}
