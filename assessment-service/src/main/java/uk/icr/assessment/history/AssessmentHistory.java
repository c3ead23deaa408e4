package uk.icr.assessment.history;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;
import uk.icr.assessment.Assessment;
import uk.icr.assessment.api.AssessmentResponse;
import uk.icr.kit.audit.AuditTrail;

/**
 * Keeps every version of an assessment: called by the service in the same transaction as the change,
 * after the flush, so the snapshot carries the version the change produced.
 */
@ApplicationScoped
public class AssessmentHistory {

    /** Who changes made by the service itself are recorded as. */
    public static final String SYSTEM = "system";

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    public void record(Assessment assessment, Change change) {
        AssessmentVersion version = new AssessmentVersion();
        version.assessmentId = assessment.id;
        version.version = assessment.version;
        version.action = change;
        version.changedAt = OffsetDateTime.now();
        version.changedBy = actor();
        version.organisation = identity.isAnonymous() ? null : AuditTrail.organisation(identity);
        version.snapshot = json.valueToTree(AssessmentResponse.of(assessment));
        version.persist();
    }

    /** The caller; changes made by the service itself (demo data at start-up) have none. */
    public String actor() {
        String name = identity.isAnonymous() ? SYSTEM : identity.getPrincipal().getName();
        return name.length() <= 200 ? name : name.substring(0, 200);
    }
}
