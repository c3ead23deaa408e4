package uk.icr.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A professional who contributed to the assessment, and the sector they assessed for. */
@Schema(name = "Contributor", description = "A professional who contributed to the assessment.",
        example = "{\"name\": \"Dr Amira Shah\", \"role\": \"GP\", \"organisation\": \"Y02847\", \"sector\": \"HEALTH\"}")
public record Contributor(
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "Their role, e.g. social worker, district nurse, GP.") @NotBlank @Size(max = 100) String role,
        @Schema(description = "The organisation's ODS code.", pattern = "^[A-Z0-9]{3,10}$")
        @NotNull @Pattern(regexp = "^[A-Z0-9]{3,10}$", message = "must be an ODS code: 3 to 10 capital letters or digits")
        String organisation,
        @NotNull Sector sector) {
}
