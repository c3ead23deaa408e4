package uk.icr.careplan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import uk.icr.kit.time.Timestamps;
import uk.icr.careplan.plan.AboutMe;
import uk.icr.careplan.plan.Agreement;
import uk.icr.careplan.plan.BudgetSummary;
import uk.icr.careplan.plan.CareCoordinator;
import uk.icr.careplan.plan.CareTeamMember;
import uk.icr.careplan.plan.ContingencyPlan;
import uk.icr.careplan.plan.Goal;
import uk.icr.careplan.plan.Need;
import uk.icr.careplan.plan.Review;

/**
 * One person's care and support plan: the columns lists filter on and rules enforce, and its sections as
 * JSON (see V2__care_plan_record.sql). Sections are immutable records, replaced whole.
 */
@Entity
@Table(name = "care_plan")
public class CarePlan extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "nhs_number", nullable = false, length = 10, updatable = false)
    public String nhsNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CarePlanStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "assessment_ids", nullable = false)
    public List<UUID> assessmentIds = List.of();

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "about_me")
    public AboutMe aboutMe;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> strengths = List.of();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Need> needs = List.of();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Goal> goals = List.of();

    @JdbcTypeCode(SqlTypes.JSON)
    public CareCoordinator coordinator;

    @Column(name = "coordinator_id")
    public String coordinatorId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "care_team", nullable = false)
    public List<CareTeamMember> careTeam = List.of();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "contingency_plans", nullable = false)
    public List<ContingencyPlan> contingencyPlans = List.of();

    @JdbcTypeCode(SqlTypes.JSON)
    public Agreement agreement;

    @JdbcTypeCode(SqlTypes.JSON)
    public BudgetSummary budget;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Review> reviews = List.of();

    @Column(name = "next_review_due")
    public LocalDate nextReviewDue;

    @Column(name = "review_due_published")
    public LocalDate reviewDuePublished;

    @Column(name = "review_overdue_published")
    public LocalDate reviewOverduePublished;

    @Column(name = "activated_at")
    public OffsetDateTime activatedAt;

    /** Why it was closed or marked entered in error. */
    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;


    static CarePlan draft(CarePlanDetails details) {
        CarePlan plan = new CarePlan();
        plan.id = UUID.randomUUID();
        plan.nhsNumber = details.nhsNumber();
        plan.status = CarePlanStatus.DRAFT;
        plan.createdAt = Timestamps.now();
        plan.write(details);
        return plan;
    }

    /** What the care team has written, as the editable document. */
    public CarePlanDetails details() {
        return new CarePlanDetails(nhsNumber, assessmentIds, periodStart, periodEnd, aboutMe, strengths, needs, goals,
                coordinator, careTeam, contingencyPlans, agreement);
    }

    /** Takes on a new version of the editable document (already validated). */
    void write(CarePlanDetails details) {
        assessmentIds = details.assessmentIds();
        periodStart = details.periodStart();
        periodEnd = details.periodEnd();
        aboutMe = details.aboutMe();
        strengths = details.strengths();
        needs = details.needs();
        goals = details.goals();
        coordinator = details.coordinator();
        coordinatorId = coordinator == null ? null : coordinator.userId();
        careTeam = details.careTeam();
        contingencyPlans = details.contingencyPlans();
        agreement = details.agreement();
        updatedAt = Timestamps.now();
    }

    /** In force: the one plan the person's care follows. */
    public boolean inForce() {
        return status == CarePlanStatus.ACTIVE || status == CarePlanStatus.UNDER_REVIEW;
    }
}
