package uk.icr.carer.events;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import uk.icr.carer.CarerService;
import uk.icr.carer.NamedInAssessment;
import uk.icr.carer.assessments.AssessmentsClient;
import uk.icr.carer.relationships.CaringFor;
import uk.icr.kit.inbox.EventHandler;
import uk.icr.kit.inbox.IncomingEvent;
import uk.icr.kit.inbox.PoisonEventException;
import uk.icr.kit.nhs.NhsNumberValidator;

/**
 * A completed assessment that names unpaid carers: each becomes (or is matched to) a carer record linked to
 * the person, offered a carer's assessment if they agreed to be contacted. The event carries ids only, so
 * names and contacts are read from the assessment-service; if it cannot answer, the handler fails and the
 * kit retries, then dead-letters the event for replay, so no carer is silently lost. The kit's inbox makes a
 * redelivered event change nothing.
 */
@ApplicationScoped
public class AssessmentEventsHandler implements EventHandler {

    static final String COMPLETED = "uk.nhs.icr.assessment.completed.v1";

    @Inject
    CarerService carers;

    @Inject
    @RestClient
    AssessmentsClient assessments;

    /** This service's own copy of what it reads from AssessmentCompleted. */
    record AssessmentCompleted(UUID assessmentId, String nhsNumber, List<NamedCarer> carers) {
    }

    record NamedCarer(UUID carerId, String nhsNumber, String relationship, boolean livesWithPerson,
            boolean agreedToBeContacted) {
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
        if (completed.carers() == null || completed.carers().isEmpty()) {
            return;
        }
        check(completed);
        Map<UUID, AssessmentsClient.NamedCarer> named = assessments.get(completed.assessmentId()).carers().stream()
                .collect(Collectors.toMap(AssessmentsClient.NamedCarer::id, Function.identity()));
        for (NamedCarer carer : completed.carers()) {
            AssessmentsClient.NamedCarer details = named.get(carer.carerId());
            if (details == null || details.name() == null || details.name().isBlank()) {
                throw new PoisonEventException("Assessment " + completed.assessmentId() + " does not name carer "
                        + carer.carerId() + " that its completed event names");
            }
            CaringFor relationship = new CaringFor(completed.nhsNumber(), relationship(carer.relationship()),
                    carer.livesWithPerson(), null, null, null, completed.assessmentId(), carer.carerId());
            carers.namedByAssessment(new NamedInAssessment(details.name(), carer.nhsNumber(), details.phone(), details.email(),
                    relationship, carer.agreedToBeContacted()));
        }
    }

    /** An event that breaks its contract can never be applied: dead-lettered at once, not retried. */
    private static void check(AssessmentCompleted completed) {
        if (completed.assessmentId() == null || !NhsNumberValidator.isValid(completed.nhsNumber())) {
            throw new PoisonEventException("AssessmentCompleted needs an assessmentId and a valid nhsNumber");
        }
        for (NamedCarer carer : completed.carers()) {
            if (carer.carerId() == null || carer.nhsNumber() != null && !NhsNumberValidator.isValid(carer.nhsNumber())) {
                throw new PoisonEventException("A named carer needs a carerId, and a valid nhsNumber if any");
            }
        }
    }

    private static CaringFor.Relationship relationship(String name) {
        try {
            return CaringFor.Relationship.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new PoisonEventException("Unknown carer relationship " + name);
        }
    }
}
