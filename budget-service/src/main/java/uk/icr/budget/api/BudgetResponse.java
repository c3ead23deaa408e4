package uk.icr.budget.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.icr.budget.Budget;
import uk.icr.budget.BudgetStatus;
import uk.icr.budget.components.BudgetComponent;
import uk.icr.budget.components.DirectPayment;
import uk.icr.budget.components.FundingSource;
import uk.icr.budget.components.Management;
import uk.icr.kit.api.Versions;

@Schema(name = "Budget", description = "A person's integrated personal budget and its components.",
        example = "{\"id\": \"0b6f6f0e-5d0c-4a43-9f36-2b0c1d5f9a10\", \"nhsNumber\": \"9434765919\","
                + " \"status\": \"AGREED\", \"periodStart\": \"2026-12-01\", \"components\": [{\"id\":"
                + " \"7a1e2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b\", \"source\": \"NHS_PERSONAL_HEALTH_BUDGET\", \"funder\": \"15F\","
                + " \"management\": \"NOTIONAL\", \"allocatedPence\": 450000, \"balancePence\": 405000, \"spentPence\": 45000}],"
                + " \"createdAt\": \"2026-11-23T09:00:00Z\", \"updatedAt\": \"2026-11-23T09:30:00Z\", \"version\": 1}")
public record BudgetResponse(UUID id, String nhsNumber, UUID carePlanId, BudgetStatus status, LocalDate periodStart,
        LocalDate periodEnd, List<ComponentView> components, String statusReason, OffsetDateTime agreedAt,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

    /** A component as the API shows it, with its running balance and spend. */
    @Schema(name = "BudgetComponent")
    public record ComponentView(UUID id, FundingSource source, String funder, Management management, long allocatedPence,
            Long costToCouncilPence, Long assessedContributionPence, Long councilSharePence, DirectPayment directPayment,
            @Schema(description = "When the direct payment was last reviewed.") LocalDate directPaymentLastReviewed,
            @Schema(description = "When the direct payment is next reviewed.") LocalDate directPaymentReviewDue,
            long balancePence, long spentPence) {

        static ComponentView of(BudgetComponent c) {
            return new ComponentView(c.id, c.source, c.funder, c.management, c.allocatedPence, c.costToCouncilPence,
                    c.assessedContributionPence, c.councilSharePence, c.directPayment, c.directPaymentLastReviewed,
                    c.directPaymentReviewDue, c.balancePence, c.spentPence);
        }
    }

    static Response ok(Budget budget) {
        return Response.ok(of(budget)).tag(Versions.etag(budget.version)).build();
    }

    static BudgetResponse of(Budget b) {
        return new BudgetResponse(b.id, b.nhsNumber, b.carePlanId, b.status, b.periodStart, b.periodEnd,
                b.components().stream().map(ComponentView::of).toList(), b.statusReason, b.agreedAt, b.createdAt,
                b.updatedAt, b.version);
    }
}
