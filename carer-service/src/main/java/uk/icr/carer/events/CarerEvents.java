package uk.icr.carer.events;

import java.util.UUID;

import uk.icr.carer.Carer;
import uk.icr.kit.events.DomainEvent;

/** What this service publishes on its topic. */
public final class CarerEvents {

    public static final String TOPIC = "icr.carers.v1";
    public static final String IDENTIFIED = "uk.nhs.icr.carer.identified.v1";
    public static final String ASSESSMENT_OFFERED = "uk.nhs.icr.carer.assessment-offered.v1";

    private CarerEvents() {
    }

    public static DomainEvent identified(Carer carer) {
        return event(IDENTIFIED, carer);
    }

    public static DomainEvent assessmentOffered(Carer carer) {
        return event(ASSESSMENT_OFFERED, carer);
    }

    /** Keyed by the carer's NHS number when known; otherwise by the carer's id, which orders their events too. */
    private static DomainEvent event(String type, Carer carer) {
        String key = carer.nhsNumber != null ? carer.nhsNumber : carer.id.toString();
        // The carer's name is personal data, not an identifier: it stays out of the event.
        return new DomainEvent(TOPIC, "carer", carer.id.toString(), type, key,
                new CarerChanged(carer.id, carer.nhsNumber, carer.status.name(), carer.version,
                        "/api/v1/carers/" + carer.id));
    }

    /** The payload of every event here: where the carer now stands. */
    public record CarerChanged(UUID carerId, String nhsNumber, String status, long version, String link) {
    }
}
