package uk.icr.assessment.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import uk.icr.assessment.Assessment;
import uk.icr.assessment.AssessmentDetails;
import uk.icr.assessment.AssessmentService;
import uk.icr.assessment.AssessmentStatus;
import uk.icr.assessment.eligibility.EligibilityOverride;
import uk.icr.assessment.history.AssessmentHistory;

/**
 * Demo people for the local run ({@code icr.demo-data.enabled=true}, set by {@code ./run.sh}), so Swagger
 * UI shows something meaningful. They are made through the service, like any assessment, so their events
 * reach the other services. Nothing is loaded twice into the same database.
 */
@ApplicationScoped
public class DemoAssessments {

    private static final Logger LOG = Logger.getLogger(DemoAssessments.class);

    @ConfigProperty(name = "icr.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    AssessmentService assessments;

    @Inject
    ObjectMapper json;

    @Inject
    AssessmentHistory history;

    /** One demo assessment: what is recorded, how far it got, and an assessor's override if any. */
    record Demo(AssessmentDetails details, AssessmentStatus stage, EligibilityOverride override) {
    }

    void load(@Observes StartupEvent start) {
        if (!enabled) {
            return;
        }
        List<Demo> demos = read();
        // Only demo data is ever created by the service itself rather than a caller.
        if (history.createdBySystem()) {
            LOG.info("Demo assessments are already loaded");
            return;
        }
        // The service's history records who made each change; at start-up there is no caller.
        Arc.container().requestContext().activate();
        try {
            // All or nothing: a half-loaded demo would never be completed by a later start.
            QuarkusTransaction.requiringNew().run(() -> demos.forEach(this::create));
        } finally {
            Arc.container().requestContext().terminate();
        }
        LOG.infof("Loaded %d demo assessments", demos.size());
    }

    private void create(Demo demo) {
        Assessment assessment = assessments.plan(demo.details());
        if (demo.stage() == AssessmentStatus.PLANNED) {
            return;
        }
        assessment = assessments.start(assessment.id, assessment.version);
        if (demo.stage() == AssessmentStatus.COMPLETED) {
            assessments.complete(assessment.id, assessment.version, null, demo.override());
        }
    }

    private List<Demo> read() {
        try (InputStream in = getClass().getResourceAsStream("/demo/assessments.json")) {
            return json.readValue(in, new TypeReference<List<Demo>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
