package uk.icr.careplan.assessments;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * What matters to the person, in their words, from the assessment a plan rests on. Events carry no free
 * text, so it is read from the assessment-service. Best effort: when that service cannot answer, the draft
 * is made without it and the care team writes it in; a plan is never held up by another service.
 */
@ApplicationScoped
public class WhatMattersToMe {

    private static final Logger LOG = Logger.getLogger(WhatMattersToMe.class);

    @Inject
    @RestClient
    AssessmentsClient assessments;

    public Optional<String> of(UUID assessmentId, String nhsNumber) {
        try {
            AssessmentsClient.AssessmentView assessment = assessments.get(assessmentId);
            if (!nhsNumber.equals(assessment.nhsNumber())) {
                LOG.warnf("Assessment %s is not about the person its event named; its words are not used", assessmentId);
                return Optional.empty();
            }
            return Optional.ofNullable(assessment.whatMattersToMe()).filter(words -> !words.isBlank());
        } catch (RuntimeException e) {
            LOG.warnf("What matters to the person could not be read from assessment %s (%s); the draft is made without it",
                    assessmentId, e.getMessage());
            return Optional.empty();
        }
    }
}
