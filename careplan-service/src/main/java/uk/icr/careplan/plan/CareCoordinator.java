package uk.icr.careplan.plan;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The named single point of contact for the person and everyone in their care. */
@Schema(name = "CareCoordinator", description = "The named single point of contact.",
        example = "{\"userId\": \"cara.coordinator\", \"name\": \"Cara Jones\", \"role\": \"Care coordinator\","
                + " \"organisation\": \"E08000026\", \"phone\": \"0113 496 0123\", \"email\": \"cara.jones@example.org\"}")
public record CareCoordinator(
        @Schema(description = "Their user name in the identity provider: lists filter on it (?coordinator=).")
        @NotBlank @Size(max = 200) String userId,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) String role,
        @Pattern(regexp = "^[A-Z0-9]{3,10}$", message = "must be an ODS code: 3 to 10 capital letters or digits")
        String organisation,
        @Size(max = 30) @Pattern(regexp = "^[0-9 +()-]*$", message = "must be a telephone number") String phone,
        @Size(max = 200) @Email String email) {
}
