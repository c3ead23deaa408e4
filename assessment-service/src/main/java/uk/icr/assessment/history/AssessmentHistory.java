package uk.icr.assessment.history;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.icr.assessment.Assessment;
import uk.icr.assessment.api.AssessmentResponse;
import uk.icr.kit.history.Version;
import uk.icr.kit.history.VersionHistory;

/**
 * Keeps every version of an assessment in the kit's history: called by the service in the same
 * transaction as the change, after the flush, so the snapshot carries the version the change produced.
 */
@ApplicationScoped
public class AssessmentHistory {

    public static final String RESOURCE = "assessment";

    @Inject
    VersionHistory versions;

    public void record(Assessment assessment, Change change) {
        versions.record(RESOURCE, assessment.id, assessment.version, change.name(), AssessmentResponse.of(assessment));
    }

    public List<Version> of(UUID id) {
        return versions.list(RESOURCE, id);
    }

    /** Who is making the change: the caller, or the service itself. */
    public String actor() {
        return versions.actor();
    }

    /** Whether the service itself has ever created an assessment: only demo data is made that way. */
    public boolean createdBySystem() {
        return versions.count(RESOURCE, VersionHistory.SYSTEM, Change.CREATED.name()) > 0;
    }
}
