package uk.icr.carer.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import uk.icr.carer.Carer;
import uk.icr.carer.assessments.CarerAssessment;
import uk.icr.carer.consent.Consent;
import uk.icr.carer.eligibility.CarerOutcome;
import uk.icr.carer.support.SupportPlan;
import uk.icr.kit.events.DomainEvent;
import uk.icr.kit.time.EnglandClock;

/**
 * What this service publishes on its topic: ids, codes and statuses. A carer's name, contact details and
 * words never leave in an event; consumers that may see them read the API, where consent applies.
 */
public final class CarerEvents {

    public static final String TOPIC = "icr.carers.v1";
    private static final String PREFIX = "uk.nhs.icr.carer.";
    public static final String IDENTIFIED = PREFIX + "identified.v1";
    public static final String ASSESSMENT_OFFERED = PREFIX + "assessment-offered.v1";
    public static final String ASSESSMENT_COMPLETED = PREFIX + "assessment-completed.v1";
    public static final String SUPPORT_PLAN_AGREED = PREFIX + "support-plan-agreed.v1";
    public static final String CONSENT_GRANTED = PREFIX + "consent-granted.v1";
    public static final String CONSENT_WITHDRAWN = PREFIX + "consent-withdrawn.v1";
    public static final String STOPPED_CARING = PREFIX + "stopped-caring.v1";

    private CarerEvents() {
    }

    public static DomainEvent identified(Carer carer) {
        return event(IDENTIFIED, carer, changed(carer));
    }

    public static DomainEvent assessmentOffered(Carer carer) {
        return event(ASSESSMENT_OFFERED, carer, changed(carer));
    }

    public static DomainEvent stoppedCaring(Carer carer) {
        return event(STOPPED_CARING, carer, changed(carer));
    }

    public static DomainEvent assessmentCompleted(Carer c, CarerAssessment a) {
        return event(ASSESSMENT_COMPLETED, c, new AssessmentCompleted(c.id, c.nhsNumber, a.id, a.eligible,
                a.determination.outcomesUnableToAchieve(), a.findings.healthAtRisk(), a.findings.ableToContinueCaring(),
                a.findings.willingToContinueCaring(), c.status.name(), c.version, link(c) + "/assessments/" + a.id));
    }

    public static DomainEvent supportPlanAgreed(Carer c) {
        SupportPlan plan = c.supportPlan;
        return event(SUPPORT_PLAN_AGREED, c, new SupportPlanAgreed(c.id, c.nhsNumber,
                plan.support() == null ? List.of() : plan.support().stream().map(s -> s.type().name()).distinct().toList(),
                plan.agreedOn().toString(), c.status.name(), c.version, link(c) + "/support-plan"));
    }

    public static DomainEvent consent(String type, Carer c, Consent consent) {
        return event(type, c, new ConsentChanged(c.id, c.nhsNumber, consent.id,
                consent.categories().stream().map(Enum::name).toList(), consent.recipient.name(), consent.caredForNhsNumber,
                consent.organisation, consent.validFrom.toString(), consent.validUntil == null ? null : consent.validUntil.toString(),
                consent.status.name(), link(c) + "/consents/" + consent.id));
    }

    private static CarerChanged changed(Carer c) {
        return new CarerChanged(c.id, c.nhsNumber, c.status.name(), c.youngCarer(LocalDate.now(EnglandClock.ENGLAND)),
                c.caringFor.stream().map(r -> r.caredForNhsNumber()).toList(), c.version, link(c));
    }

    /** Keyed by the carer's NHS number when known; otherwise by the carer's id, which orders their events too. */
    private static DomainEvent event(String type, Carer carer, Object data) {
        String key = carer.nhsNumber != null ? carer.nhsNumber : carer.id.toString();
        return new DomainEvent(TOPIC, "carer", carer.id.toString(), type, key, data);
    }

    private static String link(Carer carer) {
        return "/api/v1/carers/" + carer.id;
    }

    /** Identified, assessment offered, stopped caring: where the carer now stands, and whom they care for. */
    public record CarerChanged(UUID carerId, String nhsNumber, String status, boolean youngCarer,
            List<String> caresForNhsNumbers, long version, String link) {
    }

    public record AssessmentCompleted(UUID carerId, String nhsNumber, UUID carerAssessmentId, boolean eligible,
            List<CarerOutcome> outcomesUnableToAchieve, boolean healthAtRisk, boolean ableToContinueCaring,
            boolean willingToContinueCaring, String status, long version, String link) {
    }

    public record SupportPlanAgreed(UUID carerId, String nhsNumber, List<String> supportOffered, String agreedOn,
            String status, long version, String link) {
    }

    /** A consent granted or withdrawn; the carer's NHS number is null when not known, the recipient's details optional. */
    public record ConsentChanged(UUID carerId, String nhsNumber, UUID consentId, List<String> categories, String recipient,
            @JsonInclude(JsonInclude.Include.NON_NULL) String caredForNhsNumber,
            @JsonInclude(JsonInclude.Include.NON_NULL) String organisation, String validFrom,
            @JsonInclude(JsonInclude.Include.NON_NULL) String validUntil, String status, String link) {
    }
}
