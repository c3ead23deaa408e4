package uk.icr.careplan.plan;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The personal budget the plan rests on, as the budget-service last announced it. */
@Schema(name = "CarePlanBudget", description = "The linked budget, as the budget-service's events describe it.",
        example = "{\"budgetId\": \"7a1e2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b\", \"status\": \"AGREED\","
                + " \"totalPence\": 1250000, \"components\": [{\"source\": \"COUNCIL_SOCIAL_CARE\","
                + " \"allocatedPence\": 1000000, \"management\": \"DIRECT_PAYMENT\"}]}")
public record BudgetSummary(UUID budgetId, String status, Long totalPence, List<Component> components) {

    /** One funding source of the budget. */
    @Schema(name = "CarePlanBudgetComponent")
    public record Component(String source, long allocatedPence, String management) {
    }

    /** Agreed (or in use): money the plan can rely on. */
    public boolean agreed() {
        return "AGREED".equals(status) || "ACTIVE".equals(status);
    }
}
