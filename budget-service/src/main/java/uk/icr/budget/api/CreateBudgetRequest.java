package uk.icr.budget.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateBudgetRequest", description = "A new budget for a person.",
        example = "{\"nhsNumber\": \"9434765919\"}")
public record CreateBudgetRequest(
        @Schema(description = "The person's NHS number, 10 digits.", example = "9434765919")
        @NotNull @Pattern(regexp = "[0-9]{10}", message = "must be 10 digits") String nhsNumber) {
}
