package uk.icr.careplan;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.icr.kit.outbox.Outbox;
import uk.icr.careplan.events.CarePlanEvents;

/** The care plan's rules; resources only translate HTTP to these calls. */
@ApplicationScoped
public class CarePlanService {

    @Inject
    Outbox outbox;

    @Transactional
    public CarePlan draft(String nhsNumber) {
        CarePlan carePlan = CarePlan.draft(nhsNumber);
        carePlan.persistAndFlush();
        outbox.add(CarePlanEvents.created(carePlan));
        return carePlan;
    }

    public Optional<CarePlan> find(UUID id) {
        return CarePlan.findByIdOptional(id);
    }
}
