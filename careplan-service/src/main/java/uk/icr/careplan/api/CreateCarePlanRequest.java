package uk.icr.careplan.api;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.icr.kit.nhs.NhsNumber;

@Schema(name = "CreateCarePlanRequest", description = "A new care plan for a person.",
        example = "{\"nhsNumber\": \"9434765919\"}")
public record CreateCarePlanRequest(
        @Schema(description = "The person's NHS number: 10 digits with a valid Modulus 11 check digit.",
                example = "9434765919", pattern = "^[0-9]{10}$")
        @NotNull @NhsNumber String nhsNumber) {
}
