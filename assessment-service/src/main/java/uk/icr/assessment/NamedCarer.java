package uk.icr.assessment;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.icr.kit.nhs.NhsNumber;

/**
 * An unpaid carer the person names. The service gives each a stable id (send it back unchanged when you
 * edit the list), which the carer-service uses to recognise the same carer in later events.
 */
@Schema(name = "NamedCarer", description = "An unpaid carer the person names.",
        example = "{\"id\": \"5f1d2c3b-8e7a-4b6c-9d0e-1f2a3b4c5d6e\", \"name\": \"Margaret Evans\","
                + " \"relationship\": \"SPOUSE_OR_PARTNER\", \"phone\": \"07700 900123\","
                + " \"email\": \"margaret.evans@example.org\", \"livesWithPerson\": true,"
                + " \"nhsNumber\": \"9990000026\", \"agreedToBeContacted\": true}")
public record NamedCarer(
        @Schema(description = "Given by the service; leave out for a new carer.", readOnly = false) UUID id,
        @NotBlank @Size(max = 200) String name,
        @NotNull CarerRelationship relationship,
        @Size(max = 30) @Pattern(regexp = "^[0-9 +()-]*$", message = "must be a telephone number") String phone,
        @Size(max = 200) @Email String email,
        @NotNull Boolean livesWithPerson,
        @Schema(description = "The carer's own NHS number, if known.", pattern = "^[0-9]{10}$") @NhsNumber String nhsNumber,
        @Schema(description = "Whether the carer agreed to be contacted (for a carer's assessment and support).")
        @NotNull Boolean agreedToBeContacted) {

    NamedCarer withId(UUID newId) {
        return new NamedCarer(newId, name, relationship, phone, email, livesWithPerson, nhsNumber, agreedToBeContacted);
    }
}
