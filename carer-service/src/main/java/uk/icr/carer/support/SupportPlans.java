package uk.icr.carer.support;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.icr.carer.Carer;
import uk.icr.carer.CarerService;
import uk.icr.carer.CarerStatus;
import uk.icr.carer.events.CarerEvents;
import uk.icr.kit.outbox.Outbox;
import uk.icr.kit.problem.ProblemException;

/** The carer's support plan, agreed (or revised) whole: the carer is SUPPORTED from then on. */
@ApplicationScoped
public class SupportPlans {

    @Inject
    CarerService carers;

    @Inject
    Outbox outbox;

    @Transactional
    public Carer agree(UUID carerId, long expectedVersion, SupportPlan plan) {
        Carer carer = carers.require(carerId, expectedVersion);
        if (carer.status != CarerStatus.ASSESSED && carer.status != CarerStatus.SUPPORTED) {
            throw ProblemException.illegalTransition("A support plan follows a completed carer's assessment; this carer is "
                    + carer.status + ".");
        }
        carer.supportPlan = plan;
        carer.status = CarerStatus.SUPPORTED;
        carer.touch();
        outbox.add(CarerEvents.supportPlanAgreed(carer));
        return carer;
    }
}
