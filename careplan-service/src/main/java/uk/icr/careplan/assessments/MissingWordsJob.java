package uk.icr.careplan.assessments;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import uk.icr.careplan.CarePlan;
import uk.icr.careplan.CarePlanService;
import uk.icr.careplan.CarePlanStatus;

/**
 * Drafts made while the assessment-service (or the identity provider) could not answer get what matters
 * to the person once it can: the job asks again for a day, then leaves it to the care team.
 */
@ApplicationScoped
public class MissingWordsJob {

    private static final Logger LOG = Logger.getLogger(MissingWordsJob.class);
    static final int GIVE_UP_AFTER_HOURS = 24;

    @Inject
    WhatMattersToMe whatMattersToMe;

    @Inject
    CarePlanService plans;

    @Scheduled(every = "${icr.care-plan.missing-words-interval:1m}", delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void fill() {
        List<CarePlan> drafts = QuarkusTransaction.requiringNew().call(() -> CarePlan.<CarePlan>find(
                "status = ?1 and aboutMe is null and createdAt > ?2", CarePlanStatus.DRAFT,
                OffsetDateTime.now().minusHours(GIVE_UP_AFTER_HOURS)).page(0, 50).list());
        for (CarePlan draft : drafts) {
            for (UUID assessment : draft.assessmentIds) {
                Optional<String> words = whatMattersToMe.of(assessment, draft.nhsNumber);
                if (words.isPresent()) {
                    fill(draft, words.get());
                    break;
                }
            }
        }
    }

    private void fill(CarePlan draft, String words) {
        try {
            plans.whatMattersToMe(draft.id, words);
        } catch (OptimisticLockException e) {
            // The team changed the draft meantime: the next run reads it again (and leaves it if they wrote it).
            LOG.debugf("Care plan %s changed while its words were fetched; trying again next run", draft.id);
        }
    }
}
