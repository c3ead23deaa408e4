package uk.icr.careplan.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateCarePlanRequest", description = "A new care plan for a person.",
        example = "{\"nhsNumber\": \"9434765919\"}")
public record CreateCarePlanRequest(
        @Schema(description = "The person's NHS number, 10 digits.", example = "9434765919")
        @NotNull @Pattern(regexp = "[0-9]{10}", message = "must be 10 digits") String nhsNumber) {
}
