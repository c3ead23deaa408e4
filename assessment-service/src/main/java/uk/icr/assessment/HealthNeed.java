package uk.icr.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A condition or need found on the health side of the assessment. */
@Schema(name = "HealthNeed", description = "A condition or need from the health side, and who meets it.",
        example = "{\"code\": \"13645005\", \"description\": \"COPD: breathless on stairs, needs oxygen at night\","
                + " \"metBy\": \"NHS\"}")
public record HealthNeed(
        @Schema(description = "A SNOMED CT concept id, when the need is coded.", pattern = "^[0-9]{6,18}$")
        @Pattern(regexp = "^[0-9]{6,18}$", message = "must be a SNOMED CT concept id: 6 to 18 digits") String code,
        @NotBlank @Size(max = 2000) String description,
        @NotNull NeedMetBy metBy) {
}
