package uk.icr.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.icr.assessment.eligibility.OutcomeFinding;
import uk.icr.assessment.eligibility.WellbeingFinding;
import uk.icr.kit.nhs.NhsNumber;
import uk.icr.kit.problem.Problem;

/**
 * Everything an assessor records about an assessment: the body of {@code POST /assessments}, and the
 * document a {@code PATCH} (JSON Merge Patch) changes. Only {@code nhsNumber} and {@code type} are needed
 * to plan one; the rest is filled in as the assessment goes on and checked when it completes.
 */
@Schema(name = "AssessmentDetails", description = "What an assessor records: the body of create, and what PATCH changes.",
        example = "{\"nhsNumber\": \"9434765919\", \"type\": \"JOINT_HEALTH_AND_SOCIAL_CARE\","
                + " \"method\": \"SERVICE_USER_AND_CARER\", \"primarySupportReason\": \"SUPPORT_WITH_MEMORY_AND_COGNITION\","
                + " \"plannedDate\": \"2026-11-30\", \"whatMattersToMe\": \"Staying at home with Margaret and my garden.\","
                + " \"impairmentOrIllness\": true,"
                + " \"contributors\": [{\"name\": \"Dr Amira Shah\", \"role\": \"GP\", \"organisation\": \"Y02847\","
                + " \"sector\": \"HEALTH\"}, {\"name\": \"Sam Okafor\", \"role\": \"Social worker\","
                + " \"organisation\": \"E08000026\", \"sector\": \"SOCIAL_CARE\"}]}")
public record AssessmentDetails(
        @Schema(description = "The person's NHS number: 10 digits with a valid Modulus 11 check digit. It cannot change.",
                example = "9434765919", pattern = "^[0-9]{10}$")
        @NotNull @NhsNumber String nhsNumber,
        @NotNull AssessmentType type,
        AssessmentMethod method,
        PrimarySupportReason primarySupportReason,
        LocalDate plannedDate,
        @Schema(description = "What matters to the person, in their own words.") @Size(max = 8000) String whatMattersToMe,
        @Schema(description = "Whether the needs arise from a physical or mental impairment or illness (reg 2(1)(a)).")
        Boolean impairmentOrIllness,
        @Size(max = 50) List<@NotNull @Valid Contributor> contributors,
        @Schema(description = "One finding per reg 2 outcome.") @Size(max = 10) List<@NotNull @Valid OutcomeFinding> outcomes,
        @Schema(description = "One finding per wellbeing domain.") @Size(max = 9) List<@NotNull @Valid WellbeingFinding> wellbeing,
        @Size(max = 100) List<@NotNull @Valid HealthNeed> healthNeeds,
        @Size(max = 20) List<@NotNull @Valid NamedCarer> carers) {

    public AssessmentDetails {
        contributors = orEmpty(contributors);
        outcomes = orEmpty(outcomes);
        wellbeing = orEmpty(wellbeing);
        healthNeeds = orEmpty(healthNeeds);
        carers = orEmpty(carers);
    }

    /** What bean validation cannot see: each outcome and domain recorded once, each carer named once. */
    public List<Problem.FieldError> duplicates() {
        List<Problem.FieldError> errors = new ArrayList<>();
        once(outcomes, OutcomeFinding::outcome, "outcomes", "outcome", errors);
        once(wellbeing, WellbeingFinding::domain, "wellbeing", "domain", errors);
        once(carers, NamedCarer::id, "carers", "id", errors);
        return errors;
    }

    private static <T, K> void once(List<T> items, Function<T, K> key, String list, String field,
            List<Problem.FieldError> errors) {
        Set<K> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            K value = items.get(i) == null ? null : key.apply(items.get(i));
            if (value != null && !seen.add(value)) {
                errors.add(new Problem.FieldError(list + "[" + i + "]." + field, value + " is recorded more than once"));
            }
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        // Nulls inside stay, so validation (not a constructor) reports them with their index.
        return list == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(list));
    }
}
