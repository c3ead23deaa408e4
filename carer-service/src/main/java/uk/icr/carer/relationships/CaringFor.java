package uk.icr.carer.relationships;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import uk.icr.kit.nhs.NhsNumber;

/**
 * One person this carer cares for. The same carer can care for several people, and be cared for themselves
 * (a record elsewhere, by their own NHS number). The plan and assessment ids are set by the service.
 */
@Schema(name = "CaringRelationship", description = "A person the carer cares for, and how.",
        example = "{\"caredForNhsNumber\": \"9434765919\", \"relationship\": \"SPOUSE_OR_PARTNER\", \"livesWith\": true,"
                + " \"hoursPerWeek\": 50, \"since\": \"2021-03-01\"}")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaringFor(
        @Schema(description = "The cared-for person's NHS number.", pattern = "^[0-9]{10}$") @NotNull @NhsNumber String caredForNhsNumber,
        @NotNull Relationship relationship,
        Boolean livesWith,
        @Schema(description = "Hours of care a week, as the carer gives them.") @Min(0) @Max(168) Integer hoursPerWeek,
        @PastOrPresent LocalDate since,
        @Schema(readOnly = true, description = "The cared-for person's care plan in force, from the care plan topic.") UUID carePlanId,
        @Schema(readOnly = true, description = "The assessment that named this carer, if any.") UUID assessmentId,
        @Schema(readOnly = true, description = "The id that assessment gave the carer, kept across its edits.")
        UUID assessmentCarerId) {

    @Schema(name = "CaringRelationshipType")
    public enum Relationship {
        SPOUSE_OR_PARTNER, PARENT, SON_OR_DAUGHTER, SIBLING, OTHER_RELATIVE, FRIEND, NEIGHBOUR, OTHER
    }

    /** The same relationship, with what the service set on it kept. */
    public CaringFor keeping(CaringFor existing) {
        return existing == null ? withLinks(null, null, null)
                : withLinks(existing.carePlanId, existing.assessmentId, existing.assessmentCarerId);
    }

    /** This relationship, linked to the assessment that named the carer in {@code named}. */
    public CaringFor namedBy(CaringFor named) {
        return withLinks(carePlanId, named.assessmentId, named.assessmentCarerId);
    }

    public CaringFor withCarePlan(UUID plan) {
        return withLinks(plan, assessmentId, assessmentCarerId);
    }

    private CaringFor withLinks(UUID plan, UUID assessment, UUID assessmentCarer) {
        return new CaringFor(caredForNhsNumber, relationship, livesWith, hoursPerWeek, since, plan, assessment, assessmentCarer);
    }
}
