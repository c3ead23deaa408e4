package uk.icr.carer.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.icr.kit.nhs.NhsNumber;

@Schema(name = "CreateCarerRequest", description = "An unpaid carer, newly identified.",
        example = "{\"name\": \"Sam Okafor\", \"nhsNumber\": \"9990000034\"}")
public record CreateCarerRequest(
        @Schema(description = "The carer's name as they give it.", example = "Sam Okafor")
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "The carer's own NHS number, if known: 10 digits with a valid Modulus 11 check digit.",
                example = "9990000034", pattern = "^[0-9]{10}$")
        @NhsNumber String nhsNumber) {
}
