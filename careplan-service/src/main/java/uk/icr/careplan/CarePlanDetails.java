package uk.icr.careplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.icr.careplan.plan.AboutMe;
import uk.icr.careplan.plan.Agreement;
import uk.icr.careplan.plan.CareCoordinator;
import uk.icr.careplan.plan.CareTeamMember;
import uk.icr.careplan.plan.ContingencyPlan;
import uk.icr.careplan.plan.Goal;
import uk.icr.careplan.plan.Need;
import uk.icr.kit.nhs.NhsNumber;

/**
 * What the care team writes in a plan: the body of {@code POST /care-plans}, and the document a
 * {@code PATCH} (JSON Merge Patch) changes. Only {@code nhsNumber} is needed to start a draft; activation
 * checks the rest.
 */
@Schema(name = "CarePlanDetails", description = "What the care team writes: the body of create, and what PATCH changes.",
        example = "{\"nhsNumber\": \"9434765919\", \"periodStart\": \"2026-12-01\","
                + " \"aboutMe\": {\"whatMattersToMe\": \"Staying at home with Margaret.\"},"
                + " \"strengths\": [\"Loves his garden\", \"Margaret and Daniel visit daily\"]}")
public record CarePlanDetails(
        @Schema(description = "The person's NHS number. It cannot change.", example = "9434765919", pattern = "^[0-9]{10}$")
        @NotNull @NhsNumber String nhsNumber,
        @Schema(description = "The assessments the plan rests on.") @Size(max = 20) List<@NotNull UUID> assessmentIds,
        LocalDate periodStart,
        LocalDate periodEnd,
        @Valid AboutMe aboutMe,
        @Size(max = 30) List<@NotBlank @Size(max = 1000) String> strengths,
        @Size(max = 50) List<@NotNull @Valid Need> needs,
        @Size(max = 30) List<@NotNull @Valid Goal> goals,
        @Valid CareCoordinator coordinator,
        @Size(max = 50) List<@NotNull @Valid CareTeamMember> careTeam,
        @Size(max = 20) List<@NotNull @Valid ContingencyPlan> contingencyPlans,
        @Valid Agreement agreement) {

    public CarePlanDetails {
        assessmentIds = orEmpty(assessmentIds);
        strengths = orEmpty(strengths);
        needs = orEmpty(needs);
        goals = orEmpty(goals);
        careTeam = orEmpty(careTeam);
        contingencyPlans = orEmpty(contingencyPlans);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        // Nulls inside stay, so validation (not a constructor) reports them with their index.
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
