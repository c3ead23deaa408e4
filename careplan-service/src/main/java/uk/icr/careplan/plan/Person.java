package uk.icr.careplan.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Someone named in the plan: who does an action, who to contact. */
@Schema(name = "CarePlanPerson", description = "Someone named in the plan.",
        example = "{\"name\": \"Grace Mensah\", \"role\": \"District nurse\", \"organisation\": \"RY2\", \"phone\": \"0113 496 0000\"}")
public record Person(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) String role,
        @Schema(description = "ODS code, for a professional.") @Pattern(regexp = "^[A-Z0-9]{3,10}$",
                message = "must be an ODS code: 3 to 10 capital letters or digits") String organisation,
        @Size(max = 30) @Pattern(regexp = "^[0-9 +()-]*$", message = "must be a telephone number") String phone) {
}
