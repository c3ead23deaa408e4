package uk.icr.careplan.events;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.icr.careplan.CarePlanService;
import uk.icr.careplan.assessments.WhatMattersToMe;
import uk.icr.careplan.plan.Need;
import uk.icr.careplan.plan.NeedMetBy;
import uk.icr.kit.inbox.EventHandler;
import uk.icr.kit.inbox.IncomingEvent;

/**
 * "One assessment, one plan": an eligible completed assessment starts the person's draft plan (or joins
 * their existing draft) with its eligible needs, which the council has a duty to meet (Care Act s18), and
 * what matters to the person from the assessment itself. A
 * not-eligible one starts nothing. The kit's inbox makes a redelivered event change nothing.
 */
@ApplicationScoped
public class AssessmentEventsHandler implements EventHandler {

    static final String COMPLETED = "uk.nhs.icr.assessment.completed.v1";

    @Inject
    CarePlanService plans;

    @Inject
    WhatMattersToMe whatMattersToMe;

    /** This service's own copy of what it reads from AssessmentCompleted (contracts/ keeps it honest). */
    record AssessmentCompleted(UUID assessmentId, String nhsNumber, boolean eligible, List<String> eligibleNeedCodes) {
    }

    @Override
    public String topic() {
        return "icr.assessments.v1";
    }

    @Override
    public void handle(IncomingEvent event) {
        if (!COMPLETED.equals(event.type())) {
            return;
        }
        AssessmentCompleted completed = event.data(AssessmentCompleted.class);
        if (!completed.eligible()) {
            return;
        }
        List<Need> needs = completed.eligibleNeedCodes() == null ? List.of() : completed.eligibleNeedCodes().stream()
                .map(code -> new Need(code, null, true, NeedMetBy.COUNCIL, false, completed.assessmentId())).toList();
        plans.fromAssessment(completed.nhsNumber(), completed.assessmentId(), needs,
                whatMattersToMe.of(completed.assessmentId(), completed.nhsNumber()));
    }
}
