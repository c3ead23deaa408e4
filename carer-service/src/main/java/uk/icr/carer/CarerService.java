package uk.icr.carer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.exception.ConstraintViolationException;

import uk.icr.carer.assessments.CarerAssessments;
import uk.icr.carer.consent.Consents;
import uk.icr.carer.events.CarerEvents;
import uk.icr.carer.relationships.CaringFor;
import uk.icr.kit.api.Cursor;
import uk.icr.kit.api.Versions;
import uk.icr.kit.audit.AuditTrail;
import uk.icr.kit.outbox.Outbox;
import uk.icr.kit.problem.ProblemException;
import uk.icr.kit.time.Timestamps;

/** The carer's record and life; resources only translate HTTP to these calls. */
@ApplicationScoped
public class CarerService {

    public static final String ALREADY_RECORDED = "urn:icr:problem:carer-already-recorded";
    static final String ONE_PER_NHS_NUMBER = "carer_one_per_nhs_number";

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CarerAssessments assessments;

    @Inject
    Consents consents;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @ConfigProperty(name = "icr.db.schema")
    String schema;

    @Transactional
    public Carer identify(CarerDetails details) {
        checkRelationships(details);
        checkNotRecorded(details.nhsNumber(), null);
        Carer carer = Carer.identify(details);
        carer.persist();
        flush();
        outbox.add(CarerEvents.identified(carer));
        return carer;
    }

    /** Changes what is recorded; a carer who has stopped caring is read-only. */
    @Transactional
    public Carer update(UUID id, long expectedVersion, UnaryOperator<CarerDetails> change) {
        Carer carer = require(id, expectedVersion);
        if (carer.status == CarerStatus.NO_LONGER_CARING) {
            throw ProblemException.illegalTransition("This carer has stopped caring: record a new caring role as a new carer.");
        }
        CarerDetails changed = change.apply(carer.details());
        checkRelationships(changed);
        if (changed.equals(carer.details())) {
            return carer;
        }
        checkNotRecorded(changed.nhsNumber(), carer.id);
        carer.record(changed);
        carer.updatedAt = Timestamps.now();
        flush();
        // No event for a change of details (names and contacts never leave in events); the audit records it.
        auditTrail.recordWrite(carer.nhsNumber);
        return carer;
    }

    /** IDENTIFIED to ASSESSMENT_OFFERED: the duty to offer a carer's assessment (Care Act s10), met. */
    @Transactional
    public Carer offerAssessment(UUID id, long expectedVersion) {
        Carer carer = require(id, expectedVersion);
        if (carer.status != CarerStatus.IDENTIFIED) {
            throw ProblemException.illegalTransition("A carer's assessment can be offered only to an IDENTIFIED carer; this"
                    + " one is " + carer.status + ".");
        }
        offer(carer);
        return carer;
    }

    /** To NO_LONGER_CARING, with the reason: the record stays, and its consents end with the caring. */
    @Transactional
    public Carer stopCaring(UUID id, long expectedVersion, String reason) {
        Carer carer = require(id, expectedVersion);
        if (carer.status == CarerStatus.NO_LONGER_CARING) {
            throw ProblemException.illegalTransition("This carer has already stopped caring.");
        }
        carer.status = CarerStatus.NO_LONGER_CARING;
        carer.statusReason = reason.strip();
        carer.touch();
        outbox.add(CarerEvents.stoppedCaring(carer));
        consents.endAll(carer, carer.statusReason);
        assessments.closeOpen(carer);
        return carer;
    }

    /**
     * A completed assessment named this carer. Matched by the carer's NHS number, or else by name and the
     * person cared for; created (IDENTIFIED, via ASSESSMENT) otherwise. The caring relationship is linked,
     * and a carer who agreed to be contacted is offered an assessment if not already.
     */
    @Transactional
    public Carer namedByAssessment(NamedInAssessment named) {
        Carer carer = match(named).orElse(null);
        if (carer == null) {
            carer = Carer.identify(new CarerDetails(named.name(), named.nhsNumber(), null, named.phone(), named.email(), null,
                    null, IdentifiedVia.ASSESSMENT, List.of(named.relationship())));
            carer.caringFor = new ArrayList<>(List.of(named.relationship())); // with the assessment's links, which identify drops
            carer.persist();
            flush();
            outbox.add(CarerEvents.identified(carer));
        } else {
            // A relationship already recorded (by hand, or by an earlier assessment) keeps what it says and
            // is linked to the latest assessment that names the carer; a new one is added as named.
            CaringFor recorded = carer.caringFor(named.relationship().caredForNhsNumber());
            CaringFor linked = recorded == null ? named.relationship() : recorded.namedBy(named.relationship());
            if (!linked.equals(recorded)) {
                List<CaringFor> caringFor = new ArrayList<>(carer.caringFor);
                caringFor.remove(recorded);
                caringFor.add(linked);
                carer.caringFor = caringFor;
                carer.touch();
            }
        }
        if (named.agreedToBeContacted() && carer.status == CarerStatus.IDENTIFIED) {
            offer(carer);
        }
        return carer;
    }

    /** The cared-for person's plan is in force: their carers' records link to it. */
    @Transactional
    public void carePlanActivated(String caredForNhsNumber, UUID carePlanId) {
        for (Carer carer : caringFor(caredForNhsNumber)) {
            List<CaringFor> linked = carer.caringFor.stream().map(r -> r.caredForNhsNumber().equals(caredForNhsNumber)
                    ? r.withCarePlan(carePlanId) : r).toList();
            if (!linked.equals(carer.caringFor)) {
                carer.caringFor = new ArrayList<>(linked);
                carer.touch();
            }
        }
    }

    public Optional<Carer> find(UUID id) {
        return Carer.findByIdOptional(id);
    }

    public Carer require(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("No carer " + id + "."));
    }

    public Carer require(UUID id, long expectedVersion) {
        Carer carer = require(id);
        Versions.check(expectedVersion, carer.version);
        return carer;
    }

    /** Carers by their own NHS number, the person they care for, status and age, in creation order, after {@code after}. */
    @SuppressWarnings("unchecked")
    public List<Carer> list(CarerQuery query, Cursor after, int limit) {
        StringBuilder sql = new StringBuilder("select * from " + schema + ".carer where (created_at, id) > (:at, :id)");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("at", after.createdAt());
        parameters.put("id", after.id());
        if (query.nhsNumber() != null) {
            sql.append(" and nhs_number = :nhs");
            parameters.put("nhs", query.nhsNumber());
        }
        if (query.caredForNhsNumber() != null) {
            sql.append(" and caring_for @> jsonb_build_array(jsonb_build_object('caredForNhsNumber', cast(:caredFor as text)))");
            parameters.put("caredFor", query.caredForNhsNumber());
        }
        if (query.status() != null) {
            sql.append(" and status = :status");
            parameters.put("status", query.status().name());
        }
        if (query.youngCarer() != null) {
            LocalDate adultBornBy = LocalDate.now(clock).minusYears(Carer.ADULT_AGE);
            sql.append(query.youngCarer() ? " and date_of_birth > :adult" : " and (date_of_birth is null or date_of_birth <= :adult)");
            parameters.put("adult", adultBornBy);
        }
        Query select = entityManager.createNativeQuery(sql + " order by created_at, id", Carer.class);
        parameters.forEach(select::setParameter);
        return select.setMaxResults(limit).getResultList();
    }

    private List<Carer> caringFor(String caredForNhsNumber) {
        return list(new CarerQuery(null, caredForNhsNumber, null, null), Cursor.FIRST, 1000);
    }

    /**
     * The carer an assessment names: the one it named with the same id before (names get corrected), else
     * the one with their NHS number, else the one with their name caring for the same person. Carers who have
     * stopped caring are left alone: caring again is a new record.
     */
    private Optional<Carer> match(NamedInAssessment named) {
        List<Carer> carersOfPerson = caringFor(named.relationship().caredForNhsNumber()).stream()
                .filter(c -> c.status != CarerStatus.NO_LONGER_CARING).toList();
        UUID namedAs = named.relationship().assessmentCarerId();
        Optional<Carer> same = carersOfPerson.stream().filter(c -> namedAs != null
                && namedAs.equals(c.caringFor(named.relationship().caredForNhsNumber()).assessmentCarerId())).findFirst();
        if (same.isPresent()) {
            return same;
        }
        if (named.nhsNumber() != null) {
            Optional<Carer> byNumber = Carer.find("nhsNumber = ?1 and status <> ?2", named.nhsNumber(),
                    CarerStatus.NO_LONGER_CARING).firstResultOptional();
            if (byNumber.isPresent()) {
                return byNumber;
            }
        }
        String name = named.name().strip();
        return carersOfPerson.stream()
                .filter(c -> c.name.equalsIgnoreCase(name))
                .filter(c -> named.nhsNumber() == null || c.nhsNumber == null)
                .findFirst();
    }

    /** 409 when another current carer record has this NHS number (the unique index settles a race the same way). */
    private void checkNotRecorded(String nhsNumber, UUID self) {
        if (nhsNumber == null) {
            return;
        }
        Carer.<Carer>find("nhsNumber = ?1 and status <> ?2", nhsNumber, CarerStatus.NO_LONGER_CARING).stream()
                .filter(c -> !c.id.equals(self)).findFirst()
                .ifPresent(c -> {
                    throw alreadyRecorded(c.id);
                });
    }

    private static void flush() {
        try {
            Carer.flush();
        } catch (PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ConstraintViolationException violation
                        && ONE_PER_NHS_NUMBER.equals(violation.getConstraintName())) {
                    throw alreadyRecorded(null);
                }
            }
            throw e;
        }
    }

    private static ProblemException alreadyRecorded(UUID existing) {
        return new ProblemException(409, ALREADY_RECORDED, "This carer is already recorded",
                "A carer with this NHS number is already recorded" + (existing != null ? " (" + existing + ")" : "")
                        + ": add the caring relationship to that record instead.");
    }

    private void offer(Carer carer) {
        carer.status = CarerStatus.ASSESSMENT_OFFERED;
        assessments.offerUnlessOpen(carer);
        carer.touch();
        outbox.add(CarerEvents.assessmentOffered(carer));
    }

    /** 400 when one person is listed twice, or the carer is listed as caring for themselves. */
    private static void checkRelationships(CarerDetails details) {
        List<String> seen = new ArrayList<>();
        List<CaringFor> caringFor = details.caringForOrEmpty();
        for (int i = 0; i < caringFor.size(); i++) {
            String caredFor = caringFor.get(i).caredForNhsNumber();
            if (seen.contains(caredFor)) {
                throw ProblemException.invalid("caringFor[" + i + "].caredForNhsNumber", "lists " + caredFor + " twice");
            }
            if (caredFor.equals(details.nhsNumber())) {
                throw ProblemException.invalid("caringFor[" + i + "].caredForNhsNumber", "is the carer's own NHS number");
            }
            seen.add(caredFor);
        }
    }
}
