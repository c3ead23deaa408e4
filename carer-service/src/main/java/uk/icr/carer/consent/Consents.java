package uk.icr.carer.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import uk.icr.carer.Carer;
import uk.icr.carer.CarerStatus;
import uk.icr.carer.CarerService;
import uk.icr.carer.events.CarerEvents;
import uk.icr.kit.api.Versions;
import uk.icr.kit.history.VersionHistory;
import uk.icr.kit.outbox.Outbox;
import uk.icr.kit.problem.ProblemException;
import uk.icr.kit.time.Timestamps;

/** Granting and withdrawing consent to share, and what it lets a cared-for person's care team see. */
@ApplicationScoped
public class Consents {

    @Inject
    CarerService carers;

    @Inject
    Outbox outbox;

    @Inject
    VersionHistory history;

    @Inject
    Clock clock;

    @Transactional
    public Consent grant(UUID carerId, ConsentRequest request) {
        // Locked, so a carer who stops caring meanwhile is seen stopped, never left with an ACTIVE consent.
        Carer carer = Carer.<Carer>findByIdOptional(carerId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("No carer " + carerId + "."));
        if (carer.status == CarerStatus.NO_LONGER_CARING) {
            throw ProblemException.illegalTransition("This carer has stopped caring: there is nothing left to share.");
        }
        check(request, carer);
        Consent consent = new Consent();
        consent.id = UUID.randomUUID();
        consent.carerId = carer.id;
        consent.categories(request.categories());
        consent.recipient = request.recipient();
        consent.caredForNhsNumber = request.caredForNhsNumber();
        consent.organisation = request.organisation();
        consent.purpose = request.purpose().strip();
        consent.validFrom = request.validFrom();
        consent.validUntil = request.validUntil();
        consent.status = Consent.Status.ACTIVE;
        consent.recordedBy = history.actor();
        consent.recordedAt = Timestamps.now();
        consent.persist();
        outbox.add(CarerEvents.consent(CarerEvents.CONSENT_GRANTED, carer, consent));
        return consent;
    }

    /** Ends the consent at once; what it let be seen is no longer shown from the next read. */
    @Transactional
    public Consent withdraw(UUID carerId, UUID consentId, long expectedVersion, String reason) {
        Carer carer = carers.require(carerId);
        Consent consent = require(carerId, consentId);
        Versions.check(expectedVersion, consent.version);
        if (consent.status == Consent.Status.WITHDRAWN) {
            throw ProblemException.illegalTransition("This consent was already withdrawn on " + consent.withdrawnAt + ".");
        }
        end(carer, consent, reason);
        return consent;
    }

    /** The carer has stopped caring: every consent still active ends with the caring, for the same reason. */
    public void endAll(Carer carer, String reason) {
        Consent.<Consent>list("carerId = ?1 and status = ?2", carer.id, Consent.Status.ACTIVE)
                .forEach(consent -> end(carer, consent, reason));
    }

    private void end(Carer carer, Consent consent, String reason) {
        consent.status = Consent.Status.WITHDRAWN;
        consent.withdrawnAt = Timestamps.now();
        consent.withdrawnBy = history.actor();
        consent.withdrawalReason = reason.strip();
        Consent.flush();
        outbox.add(CarerEvents.consent(CarerEvents.CONSENT_WITHDRAWN, carer, consent));
    }

    public List<Consent> list(UUID carerId) {
        return Consent.list("carerId = ?1 order by recordedAt", carerId);
    }

    public Consent require(UUID carerId, UUID consentId) {
        return Consent.<Consent>findByIdOptional(consentId).filter(c -> c.carerId.equals(carerId))
                .orElseThrow(() -> new NotFoundException("Carer " + carerId + " has no consent " + consentId + "."));
    }

    /**
     * What each cared-for person's care team may see of the carer today: the categories of every consent to
     * share with that care team in force, by the cared-for person's NHS number.
     */
    public Map<String, Set<ConsentCategory>> sharedWithCareTeams(UUID carerId) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Set<ConsentCategory>> shared = new HashMap<>();
        for (Consent consent : Consent.<Consent>list("carerId = ?1 and recipient = ?2 and status = ?3", carerId,
                Consent.Recipient.CARE_TEAM, Consent.Status.ACTIVE)) {
            if (consent.inForce(today)) {
                shared.computeIfAbsent(consent.caredForNhsNumber, k -> EnumSet.noneOf(ConsentCategory.class))
                        .addAll(consent.categories());
            }
        }
        return shared;
    }

    private static void check(ConsentRequest request, Carer carer) {
        if (request.validUntil() != null && request.validUntil().isBefore(request.validFrom())) {
            throw ProblemException.invalid("validUntil", "must not be before validFrom (" + request.validFrom() + ")");
        }
        if (request.recipient() == Consent.Recipient.CARE_TEAM) {
            if (request.caredForNhsNumber() == null) {
                throw ProblemException.invalid("caredForNhsNumber", "names whose care team: needed for CARE_TEAM");
            }
            if (carer.caringFor(request.caredForNhsNumber()) == null) {
                throw ProblemException.invalid("caredForNhsNumber", "is not a person this carer cares for");
            }
        } else if (request.organisation() == null) {
            throw ProblemException.invalid("organisation", "names the " + request.recipient() + " (its ODS code)");
        }
    }
}
