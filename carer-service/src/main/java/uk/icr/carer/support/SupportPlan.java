package uk.icr.carer.support;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The carer's support plan (Care Act s25): their needs, goals and actions, the support offered, and the
 * emergency plan for the person they care for if the carer is suddenly unable to care.
 */
@Schema(name = "CarerSupportPlan", example = "{\"needs\": [\"A break from caring one afternoon a week\"], \"goals\":"
        + " [\"Get back to the choir\"], \"actions\": [\"Sitting service on Wednesday afternoons\"], \"support\":"
        + " [{\"type\": \"RESPITE\", \"detail\": \"Wednesday sitting service\"}, {\"type\": \"FLU_VACCINATION\"}],"
        + " \"emergencyPlan\": {\"whatHappens\": \"Her son Daniel stays for up to a week; the district nurse is told.\","
        + " \"contacts\": [{\"name\": \"Daniel Evans\", \"relationship\": \"Son\", \"phone\": \"07700 900456\"}]},"
        + " \"agreedOn\": \"2026-11-20\"}")
public record SupportPlan(
        @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 1000) String> needs,
        @Size(max = 50) List<@NotBlank @Size(max = 1000) String> goals,
        @Size(max = 50) List<@NotBlank @Size(max = 1000) String> actions,
        @Size(max = 20) List<@NotNull @Valid Support> support,
        @NotNull @Valid EmergencyPlan emergencyPlan,
        @NotNull LocalDate agreedOn) {

    /** Support offered to the carer. */
    @Schema(name = "CarerSupport")
    public record Support(@NotNull SupportType type, @Size(max = 1000) String detail,
            @Schema(description = "For a carer's personal budget: its reference.") @Size(max = 100) String reference) {
    }

    @Schema(name = "CarerSupportType")
    public enum SupportType {
        FLU_VACCINATION, CARER_HEALTH_CHECK, RESPITE, CARERS_SERVICE_REFERRAL, CARER_PERSONAL_BUDGET, INFORMATION_AND_ADVICE
    }

    /** What happens to the cared-for person if the carer is suddenly unable to care, and whom to call. */
    public record EmergencyPlan(@NotBlank @Size(max = 4000) String whatHappens,
            @NotEmpty @Size(max = 10) List<@NotNull @Valid Contact> contacts) {
    }

    @Schema(name = "EmergencyContact")
    public record Contact(@NotBlank @Size(max = 200) String name, @Size(max = 100) String relationship,
            @NotBlank @Size(max = 30) @Pattern(regexp = "^[0-9 +()-]*$", message = "must be a telephone number") String phone) {
    }
}
