package uk.icr.careplan.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.icr.careplan.CarePlan;
import uk.icr.careplan.CarePlanStatus;
import uk.icr.careplan.plan.AboutMe;
import uk.icr.careplan.plan.Agreement;
import uk.icr.careplan.plan.BudgetSummary;
import uk.icr.careplan.plan.CareCoordinator;
import uk.icr.careplan.plan.CareTeamMember;
import uk.icr.careplan.plan.ContingencyPlan;
import uk.icr.careplan.plan.Goal;
import uk.icr.careplan.plan.Need;
import uk.icr.careplan.plan.Review;
import uk.icr.kit.api.Versions;

@Schema(name = "CarePlan", description = "A person's personalised care and support plan.",
        example = "{\"id\": \"3c1f8a2e-2b7d-4e9a-9f10-5a6b7c8d9e0f\", \"nhsNumber\": \"9434765919\", \"status\": \"ACTIVE\","
                + " \"assessmentIds\": [\"0b6f6f0e-5d0c-4a43-9f36-2b0c1d5f9a10\"], \"periodStart\": \"2026-12-01\","
                + " \"aboutMe\": {\"whatMattersToMe\": \"Staying at home with Margaret.\"}, \"strengths\": [],"
                + " \"needs\": [], \"goals\": [], \"careTeam\": [], \"contingencyPlans\": [], \"reviews\": [],"
                + " \"nextReviewDue\": \"2027-01-26\", \"activatedAt\": \"2026-12-01T10:00:00Z\","
                + " \"createdAt\": \"2026-11-23T09:00:00Z\", \"updatedAt\": \"2026-12-01T10:00:00Z\", \"version\": 4}")
public record CarePlanResponse(UUID id, String nhsNumber, CarePlanStatus status, List<UUID> assessmentIds,
        LocalDate periodStart, LocalDate periodEnd, AboutMe aboutMe, List<String> strengths, List<Need> needs,
        List<Goal> goals, CareCoordinator coordinator, List<CareTeamMember> careTeam, List<ContingencyPlan> contingencyPlans,
        Agreement agreement,
        @Schema(description = "The linked personal budget, as the budget-service last announced it.") BudgetSummary budget,
        List<Review> reviews, LocalDate nextReviewDue, OffsetDateTime activatedAt,
        @Schema(description = "Why it was closed or marked entered in error.") String statusReason,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

    /** 200 with the plan and its version as a strong ETag. */
    static Response ok(CarePlan plan) {
        return Response.ok(of(plan)).tag(Versions.etag(plan.version)).build();
    }

    public static CarePlanResponse of(CarePlan p) {
        return new CarePlanResponse(p.id, p.nhsNumber, p.status, p.assessmentIds, p.periodStart, p.periodEnd, p.aboutMe,
                p.strengths, p.needs, p.goals, p.coordinator, p.careTeam, p.contingencyPlans, p.agreement, p.budget, p.reviews,
                p.nextReviewDue, p.activatedAt, p.statusReason, p.createdAt, p.updatedAt, p.version);
    }
}
