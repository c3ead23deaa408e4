package uk.icr.carer;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.icr.carer.events.CarerEvents;
import uk.icr.kit.outbox.Outbox;

/** The carer's rules; resources only translate HTTP to these calls. */
@ApplicationScoped
public class CarerService {

    @Inject
    Outbox outbox;

    @Transactional
    public Carer identify(String name, String nhsNumber) {
        Carer carer = Carer.identify(name, nhsNumber);
        carer.persistAndFlush();
        outbox.add(CarerEvents.identified(carer));
        return carer;
    }

    public Optional<Carer> find(UUID id) {
        return Carer.findByIdOptional(id);
    }
}
