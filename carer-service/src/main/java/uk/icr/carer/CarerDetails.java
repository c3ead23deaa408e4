package uk.icr.carer;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.icr.carer.relationships.CaringFor;
import uk.icr.kit.nhs.NhsNumber;

/** What is recorded about a carer: the body of a create, and the document a PATCH changes. */
@Schema(name = "CarerDetails", description = "An unpaid carer: who they are, how to reach them, whom they care for.",
        example = "{\"name\": \"Margaret Evans\", \"nhsNumber\": \"9990000026\", \"dateOfBirth\": \"1951-06-14\","
                + " \"phone\": \"07700 900123\", \"employment\": \"RETIRED\", \"identifiedVia\": \"GP\", \"caringFor\":"
                + " [{\"caredForNhsNumber\": \"9434765919\", \"relationship\": \"SPOUSE_OR_PARTNER\", \"livesWith\": true,"
                + " \"hoursPerWeek\": 50, \"since\": \"2021-03-01\"}]}")
public record CarerDetails(
        @Schema(description = "The carer's name as they give it.") @NotBlank @Size(max = 200)
        @Pattern(regexp = "(?U)(?s).*\\S.*", message = "must not be blank") String name,
        @Schema(description = "The carer's own NHS number, if known.", pattern = "^[0-9]{10}$") @NhsNumber String nhsNumber,
        @Schema(description = "A carer under 18 is a young carer.") @Past LocalDate dateOfBirth,
        @Size(max = 30) @Pattern(regexp = "^[0-9 +()-]*$", message = "must be a telephone number") String phone,
        @Size(max = 200) @Email String email,
        @Size(max = 500) String address,
        Employment employment,
        @NotNull IdentifiedVia identifiedVia,
        @Size(max = 20) List<@NotNull @Valid CaringFor> caringFor) {

    public List<CaringFor> caringForOrEmpty() {
        return caringFor == null ? List.of() : caringFor;
    }
}
