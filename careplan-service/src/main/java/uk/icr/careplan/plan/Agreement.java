package uk.icr.careplan.plan;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The person's (or their representative's) agreement to the plan. */
@Schema(name = "Agreement", description = "Who agreed the plan, in what capacity, and when.",
        example = "{\"agreedBy\": \"Arthur Evans\", \"role\": \"THE_PERSON\", \"agreedOn\": \"2026-11-30\"}")
public record Agreement(
        @NotBlank @Size(max = 200) String agreedBy,
        @NotNull Role role,
        @NotNull LocalDate agreedOn) {

    /** In what capacity the plan was agreed. */
    @Schema(name = "AgreementRole")
    public enum Role { THE_PERSON, LASTING_POWER_OF_ATTORNEY, DEPUTY, ADVOCATE, FAMILY_REPRESENTATIVE }
}
