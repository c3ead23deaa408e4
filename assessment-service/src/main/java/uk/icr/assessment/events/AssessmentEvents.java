package uk.icr.assessment.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import uk.icr.assessment.Assessment;
import uk.icr.assessment.NeedMetBy;
import uk.icr.assessment.Sector;
import uk.icr.assessment.eligibility.Eligibility;
import uk.icr.kit.events.DomainEvent;

/**
 * What this service publishes on its topic. Payloads carry codes, ids and statuses, never the
 * assessors' free text: a consumer that needs the words follows the link with its own token.
 */
public final class AssessmentEvents {

    public static final String TOPIC = "icr.assessments.v1";
    public static final String CREATED = "uk.nhs.icr.assessment.created.v1";
    public static final String STARTED = "uk.nhs.icr.assessment.started.v1";
    public static final String COMPLETED = "uk.nhs.icr.assessment.completed.v1";
    public static final String CANCELLED = "uk.nhs.icr.assessment.cancelled.v1";
    public static final String ENTERED_IN_ERROR = "uk.nhs.icr.assessment.entered-in-error.v1";

    private AssessmentEvents() {
    }

    public static DomainEvent created(Assessment assessment) {
        return event(CREATED, assessment, changed(assessment));
    }

    public static DomainEvent started(Assessment assessment) {
        return event(STARTED, assessment, changed(assessment));
    }

    public static DomainEvent cancelled(Assessment assessment) {
        return event(CANCELLED, assessment, changed(assessment));
    }

    public static DomainEvent enteredInError(Assessment assessment) {
        return event(ENTERED_IN_ERROR, assessment, changed(assessment));
    }

    public static DomainEvent completed(Assessment a) {
        Eligibility eligibility = a.eligibility;
        List<String> unable = eligibility.computed().outcomesUnableToAchieve().stream().map(Enum::name).toList();
        return event(COMPLETED, a, new AssessmentCompleted(a.id, a.nhsNumber, a.type.name(), a.status.name(),
                a.method.name(), a.primarySupportReason.name(), a.completedDate, eligibility.eligible(),
                eligibility.computed().eligible(), eligibility.overridden(), unable,
                eligibility.eligible() ? unable : List.of(),
                a.healthNeeds.stream().filter(n -> n.code() != null).map(n -> new CodedNeed(n.code(), n.metBy())).toList(),
                a.carers.stream().map(c -> new Carer(c.id(), c.nhsNumber(), c.relationship().name(), c.livesWithPerson(),
                        c.agreedToBeContacted())).toList(),
                a.contributors.stream().map(c -> new Organisation(c.organisation(), c.sector())).distinct().toList(),
                a.version, link(a)));
    }

    private static AssessmentChanged changed(Assessment a) {
        return new AssessmentChanged(a.id, a.nhsNumber, a.type.name(), a.status.name(), a.version, link(a));
    }

    private static DomainEvent event(String type, Assessment assessment, Object data) {
        return new DomainEvent(TOPIC, "assessment", assessment.id.toString(), type, assessment.nhsNumber,
                Objects.requireNonNull(data));
    }

    private static String link(Assessment assessment) {
        return "/api/v1/assessments/" + assessment.id;
    }

    /** The payload of created, started, cancelled and entered-in-error: where the assessment now stands. */
    public record AssessmentChanged(UUID assessmentId, String nhsNumber, String type, String status, long version,
            String link) {
    }

    /**
     * The payload of {@link #COMPLETED}: the decision that stands ({@code eligible}) and the computed one,
     * the outcomes the person is unable to achieve, the eligible needs (those outcomes, when eligible), the
     * coded health needs, the named carers and the contributing organisations.
     */
    public record AssessmentCompleted(UUID assessmentId, String nhsNumber, String type, String status, String method,
            String primarySupportReason, LocalDate completedDate, boolean eligible, boolean computedEligible,
            boolean overridden, List<String> outcomesUnableToAchieve, List<String> eligibleNeedCodes,
            List<CodedNeed> healthNeeds, List<Carer> carers, List<Organisation> contributorOrganisations, long version,
            String link) {
    }

    /** A coded health need (SNOMED CT) and who meets it. */
    public record CodedNeed(String code, NeedMetBy metBy) {
    }

    /** A carer the person named: the id to recognise them by, and whether they agreed to be contacted. */
    @JsonInclude(JsonInclude.Include.NON_NULL) // nhsNumber is left out when it is not known
    public record Carer(UUID carerId, String nhsNumber, String relationship, boolean livesWithPerson,
            boolean agreedToBeContacted) {
    }

    /** A contributing organisation's ODS code and the sector it assessed for. */
    public record Organisation(String odsCode, Sector sector) {
    }
}
