package uk.icr.carer.consent;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.icr.kit.nhs.NhsNumber;

/** A consent the carer gave, as a carer-support worker records it. */
@Schema(name = "CarerConsentRequest", example = "{\"categories\": [\"CONTACT\", \"CARING_ROLE\"], \"recipient\": \"CARE_TEAM\","
        + " \"caredForNhsNumber\": \"9434765919\", \"purpose\": \"So the care team can plan with me and call me in an"
        + " emergency.\", \"validFrom\": \"2026-11-23\", \"validUntil\": \"2027-11-22\"}")
public record ConsentRequest(
        @NotEmpty Set<@NotNull ConsentCategory> categories,
        @NotNull Consent.Recipient recipient,
        @Schema(description = "For CARE_TEAM: whose care team (the cared-for person's NHS number).", pattern = "^[0-9]{10}$")
        @NhsNumber String caredForNhsNumber,
        @Schema(description = "For GP_PRACTICE or CARERS_SERVICE: the organisation's ODS code.")
        @Pattern(regexp = "^[A-Z0-9]{3,10}$", message = "must be an ODS code: 3 to 10 capital letters or digits") String organisation,
        @NotBlank @Size(max = 500) String purpose,
        @NotNull LocalDate validFrom,
        LocalDate validUntil) {
}
