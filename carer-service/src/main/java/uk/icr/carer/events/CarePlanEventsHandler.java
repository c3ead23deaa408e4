package uk.icr.carer.events;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.icr.carer.CarerService;
import uk.icr.kit.inbox.EventHandler;
import uk.icr.kit.inbox.IncomingEvent;

/** A care plan in force: the cared-for person's carers' records link to it. Redelivery changes nothing. */
@ApplicationScoped
public class CarePlanEventsHandler implements EventHandler {

    static final String ACTIVATED = "uk.nhs.icr.care-plan.activated.v1";

    @Inject
    CarerService carers;

    /** This service's own copy of what it reads from CarePlanActivated. */
    record CarePlanActivated(UUID carePlanId, String nhsNumber) {
    }

    @Override
    public String topic() {
        return "icr.care-plans.v1";
    }

    @Override
    public void handle(IncomingEvent event) {
        if (ACTIVATED.equals(event.type())) {
            CarePlanActivated plan = event.data(CarePlanActivated.class);
            carers.carePlanActivated(plan.nhsNumber(), plan.carePlanId());
        }
    }
}
