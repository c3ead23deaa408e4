package uk.icr.budget;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.icr.budget.components.ComponentRequest;
import uk.icr.kit.nhs.NhsNumber;

/** What a budget manager proposes, and may change with PATCH while the budget is INDICATIVE. */
@Schema(name = "BudgetProposal", description = "A proposed (indicative) budget: its period and funding sources.",
        example = "{\"nhsNumber\": \"9434765919\", \"carePlanId\": \"3c1f8a2e-2b7d-4e9a-9f10-5a6b7c8d9e0f\","
                + " \"periodStart\": \"2026-12-01\", \"periodEnd\": \"2027-11-30\", \"components\": [{\"source\":"
                + " \"COUNCIL_SOCIAL_CARE\", \"funder\": \"E08000026\", \"allocatedPence\": 1200000, \"management\":"
                + " \"THIRD_PARTY\", \"costToCouncilPence\": 1200000, \"assessedContributionPence\": 200000,"
                + " \"councilSharePence\": 1000000}, {\"source\": \"NHS_PERSONAL_HEALTH_BUDGET\", \"funder\": \"15F\","
                + " \"allocatedPence\": 450000, \"management\": \"NOTIONAL\"}]}")
public record BudgetProposal(
        @Schema(description = "The person's NHS number: 10 digits with a valid Modulus 11 check digit.",
                example = "9434765919", pattern = "^[0-9]{10}$")
        @NotNull @NhsNumber String nhsNumber,
        @Schema(description = "The care plan the budget pays for.") UUID carePlanId,
        @NotNull LocalDate periodStart,
        LocalDate periodEnd,
        @NotEmpty @Size(max = 4) List<@NotNull @Valid ComponentRequest> components) {
}
