package uk.icr.carer;

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
import uk.icr.carer.events.CarerEvents;

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

    /** IDENTIFIED to ASSESSMENT_OFFERED, for the caller who read {@code expectedVersion}. */
    @Transactional
    public Carer offerAssessment(UUID id, long expectedVersion) {
        Carer carer = require(id);
        Versions.check(expectedVersion, carer.version);
        CarerStatus status = carer.status;
        if (status != CarerStatus.IDENTIFIED) {
            throw ProblemException.illegalTransition("A carer's assessment can be offered only to an IDENTIFIED carer; this one is " + carer.status + ".");
        }
        carer.status = CarerStatus.ASSESSMENT_OFFERED;
        // Flush now: a concurrent change that passed the same check fails here, and the event carries the new version.
        Carer.flush();
        outbox.add(CarerEvents.assessmentOffered(carer));
        return carer;
    }

    public Optional<Carer> find(UUID id) {
        return Carer.findByIdOptional(id);
    }

    /** The carer records with this (the carer's own) NHS number, in creation order, after {@code after}. */
    public List<Carer> list(String nhsNumber, CarerStatus status, Cursor after, int limit) {
        Map<String, Object> parameters = after.parameters();
        parameters.put("nhsNumber", nhsNumber);
        String query = "nhsNumber = :nhsNumber and " + Cursor.AFTER;
        if (status != null) {
            query += " and status = :status";
            parameters.put("status", status);
        }
        return Carer.<Carer>find(query + Cursor.ORDER, parameters).range(0, limit).list();
    }

    private Carer require(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("No carer " + id + "."));
    }
}
