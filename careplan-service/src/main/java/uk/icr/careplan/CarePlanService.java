package uk.icr.careplan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import uk.icr.kit.api.Cursor;
import uk.icr.kit.api.Versions;
import uk.icr.kit.outbox.Outbox;
import uk.icr.kit.problem.ProblemException;
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

    /** To CLOSED, for the caller who read {@code expectedVersion}. */
    @Transactional
    public CarePlan close(UUID id, long expectedVersion) {
        CarePlan carePlan = require(id);
        Versions.check(expectedVersion, carePlan.version);
        CarePlanStatus status = carePlan.status;
        if (!(status != CarePlanStatus.CLOSED && status != CarePlanStatus.ENTERED_IN_ERROR)) {
            throw ProblemException.illegalTransition("A care plan that is " + carePlan.status + " cannot be closed.");
        }
        carePlan.status = CarePlanStatus.CLOSED;
        // Flush now: a concurrent change that passed the same check fails here, and the event carries the new version.
        CarePlan.flush();
        outbox.add(CarePlanEvents.closed(carePlan));
        return carePlan;
    }

    public Optional<CarePlan> find(UUID id) {
        return CarePlan.findByIdOptional(id);
    }

    /** One person's care plans in creation order, after {@code after}. */
    public List<CarePlan> list(String nhsNumber, CarePlanStatus status, Cursor after, int limit) {
        Map<String, Object> parameters = after.parameters();
        parameters.put("nhsNumber", nhsNumber);
        String query = "nhsNumber = :nhsNumber and " + Cursor.AFTER;
        if (status != null) {
            query += " and status = :status";
            parameters.put("status", status);
        }
        return CarePlan.<CarePlan>find(query + Cursor.ORDER, parameters).range(0, limit).list();
    }

    private CarePlan require(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("No care plan " + id + "."));
    }
}
