package uk.icr.assessment.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;
import uk.icr.assessment.Assessment;
import uk.icr.assessment.AssessmentDetails;
import uk.icr.assessment.AssessmentService;
import uk.icr.assessment.AssessmentStatus;
import uk.icr.assessment.eligibility.EligibilityOverride;
import uk.icr.assessment.history.AssessmentHistory;
import uk.icr.kit.demo.DemoData;

/**
 * Demo people for the local run ({@code icr.demo-data.enabled=true}, set by {@code ./run.sh}), so Swagger
 * UI shows something meaningful. They are made through the service, like any assessment, so their events
 * reach the other services. Nothing is loaded twice into the same database.
 */
@ApplicationScoped
public class DemoAssessments {

    @ConfigProperty(name = "icr.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    AssessmentService assessments;

    @Inject
    ObjectMapper json;

    @Inject
    AssessmentHistory history;

    @Inject
    Clock clock;

    /** One demo assessment: what is recorded, how far it got, and an assessor's override if any. */
    record Demo(AssessmentDetails details, AssessmentStatus stage, EligibilityOverride override) {
    }

    void load(@Observes StartupEvent start) {
        if (!enabled) {
            return;
        }
        List<Demo> demos = read();
        // Only demo data is ever created by the service itself rather than a caller.
        DemoData.loadOnce("assessments", demos, () -> history.createdBySystem(), this::create);
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
        return DemoData.read(json, "/demo/assessments.json", new TypeReference<List<Demo>>() { }, LocalDate.now(clock));
    }
}
